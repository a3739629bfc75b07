// GoogleIdTokenVerifier with real RS256 tokens signed by a test key (google-auth-library does the verification).
import { describe, expect, it } from 'vitest';
import { GoogleIdTokenVerifier } from '../../../../functions/adapters/auth/google-id-token';
import { createTestSigner } from '../../../support/id-tokens';

const signer = createTestSigner();
const verifier = new GoogleIdTokenVerifier({
  audiences: ['aud-1', 'aud-2'],
  certificates: signer.certificates,
});

describe('GoogleIdTokenVerifier', () => {
  it('returns the email and its verification flag for any configured audience', async () => {
    const token = signer.token({ email: 'Mai.Luong@langson.example', email_verified: true, aud: 'aud-2' });
    expect(await verifier.verify(token)).toEqual({ email: 'Mai.Luong@langson.example', emailVerified: true });
    const unverified = signer.token({ email: 'a@x.example', aud: 'aud-1' });
    expect((await verifier.verify(unverified)).emailVerified).toBe(false);
  });

  it('rejects tampered, wrongly addressed and email-less tokens with UNAUTHENTICATED', async () => {
    const good = signer.token({ email: 'a@x.example', email_verified: true, aud: 'aud-1' });
    const [head, , sig] = good.split('.');
    const forged = `${head}.${Buffer.from(JSON.stringify({ email: 'board@x.example', aud: 'aud-1', iss: 'accounts.google.com', exp: 9e9 })).toString('base64url')}.${sig}`;
    for (const token of [
      forged,
      signer.token({ email: 'a@x.example', aud: 'aud-3' }),
      signer.token({ aud: 'aud-1' }),
    ]) {
      await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });
});
