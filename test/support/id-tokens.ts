// Real RS256 ID tokens for tests: a key pair made with node:crypto and JWTs signed with it, shaped like Google's.
import { generateKeyPairSync, sign } from 'node:crypto';

export interface TestSigner {
  kid: string;
  /** kid → PEM public key, what GoogleIdTokenVerifier's `certificates` source returns. */
  certificates(): Promise<Record<string, string>>;
  token(claims: Record<string, unknown>): string;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function createTestSigner(kid = 'test-key-1'): TestSigner {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return {
    kid,
    certificates: async () => ({ [kid]: pem }),
    token(claims) {
      const now = Math.floor(Date.now() / 1000);
      const payload = { iss: 'https://accounts.google.com', iat: now - 10, exp: now + 3600, ...claims };
      const input = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64(payload)}`;
      return `${input}.${sign('RSA-SHA256', Buffer.from(input), privateKey).toString('base64url')}`;
    },
  };
}
