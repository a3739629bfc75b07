// Production sign-in through the HTTP functions: real RS256 ID tokens verified by google-auth-library against
// injected certificates, email_verified required, roles from the members collection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoogleIdTokenVerifier } from '../../functions/adapters/auth/google-id-token';
import { type Stack, startStack } from '../../functions/local/stack';
import type { ErrorBody } from '../../shared/api/error-body';
import { BOARD, CAMPAIGN, userOf } from '../support/grids';
import { post } from '../support/http';
import { createTestSigner } from '../support/id-tokens';

const AUDIENCE = '123-addon.apps.googleusercontent.com';
const signer = createTestSigner();
const stranger = createTestSigner('other-key');
let stack: Stack;

beforeAll(async () => {
  const verifier = new GoogleIdTokenVerifier({ audiences: [AUDIENCE], certificates: signer.certificates });
  stack = await startStack({
    port: 0,
    authMode: 'google',
    env: { ID_TOKEN_AUDIENCES: AUDIENCE },
    overrides: { verifier },
  });
});

afterAll(async () => {
  await stack.close();
});

const status = (headers: Record<string, string>) =>
  post<ErrorBody>(stack.url, 'campaignStatus', { campaignId: CAMPAIGN }, { headers });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const claims = (email: string) => ({ email, email_verified: true, aud: AUDIENCE, sub: '1' });
const now = () => Math.floor(Date.now() / 1000);

describe('Google ID token sign-in', () => {
  it('accepts a valid token of a member', async () => {
    const response = await status(bearer(signer.token(claims(BOARD))));
    expect(response.status).toBe(200);
  });

  it.each([
    ['no Authorization header', {}, 401, 'UNAUTHENTICATED'],
    ['a dev header in google mode', { 'x-dev-user': BOARD }, 401, 'UNAUTHENTICATED'],
    ['a malformed header', { authorization: 'Basic abc' }, 401, 'UNAUTHENTICATED'],
    ['garbage token', bearer('abc.def.ghi'), 401, 'UNAUTHENTICATED'],
    [
      'an expired token',
      bearer(signer.token({ ...claims(BOARD), iat: now() - 7200, exp: now() - 3600 })),
      401,
      'UNAUTHENTICATED',
    ],
    [
      'a wrong audience',
      bearer(signer.token({ ...claims(BOARD), aud: 'someone-else' })),
      401,
      'UNAUTHENTICATED',
    ],
    [
      'a wrong issuer',
      bearer(signer.token({ ...claims(BOARD), iss: 'https://evil.example' })),
      401,
      'UNAUTHENTICATED',
    ],
    ['an unknown signing key', bearer(stranger.token(claims(BOARD))), 401, 'UNAUTHENTICATED'],
    [
      'an unverified email',
      bearer(signer.token({ ...claims(BOARD), email_verified: false })),
      401,
      'EMAIL_NOT_VERIFIED',
    ],
    ['a non-member', bearer(signer.token(claims('ai.do@gmail.example'))), 403, 'NOT_A_MEMBER'],
  ])('refuses %s', async (_label, headers, code, errorCode) => {
    const response = await status(headers as Record<string, string>);
    expect([response.status, response.body.error.code]).toEqual([code, errorCode]);
    expect(response.body.error.message.normalize('NFC')).toBe(response.body.error.message);
  });

  it('maps a unit user to their own unit only', async () => {
    const token = signer.token(claims(userOf('so-y-te')));
    const own = await post(
      stack.url,
      'campaignStatus',
      { campaignId: CAMPAIGN, unitId: 'so-y-te' },
      { headers: bearer(token) },
    );
    const other = await post<ErrorBody>(
      stack.url,
      'campaignStatus',
      { campaignId: CAMPAIGN, unitId: 'so-noi-vu' },
      { headers: bearer(token) },
    );
    expect(own.status).toBe(200);
    expect([other.status, other.body.error.code]).toEqual([403, 'FORBIDDEN_UNIT']);
  });
});
