// Sign-in on the local stack: AUTH_MODE=google against a local issuer (ID_TOKEN_CERTS_URL, local only) with the
// real verifier from the configuration, certificates cached per max-age, 503 AUTH_UNAVAILABLE when they cannot
// be fetched; the CloudEvent functions answer a board member only.
import { afterAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../../functions/local/stack';
import { API_ERRORS } from '../../../shared/api/errors';
import { BOARD, CAMPAIGN, userOf } from '../../support/grids';
import { post } from '../../support/http';
import { createTestSigner } from '../../support/id-tokens';
import { startLocalIssuer } from '../../support/local-issuer';

const AUDIENCE = '123-local.apps.googleusercontent.com';
const signer = createTestSigner('local-issuer-1');
const claims = (email: string) => ({ email, email_verified: true, aud: AUDIENCE, sub: '1' });
const bearer = (email: string) => ({ authorization: `Bearer ${signer.token(claims(email))}` });
const stacks: Stack[] = [];
afterAll(async () => {
  for (const stack of stacks) await stack.close();
});

async function googleStack(certsUrl: string): Promise<Stack> {
  const stack = await startStack({
    port: 0,
    env: { AUTH_MODE: 'google', ID_TOKEN_AUDIENCES: AUDIENCE, ID_TOKEN_CERTS_URL: certsUrl },
  });
  stacks.push(stack);
  return stack;
}

const status = (stack: Stack, headers: Record<string, string>) =>
  post<{ error?: { code: string; message: string } }>(
    stack.url,
    'campaignStatus',
    { campaignId: CAMPAIGN },
    { headers },
  );

describe('local sign-in', () => {
  it('verifies tokens of a local issuer in google mode and caches its certificates per max-age', async () => {
    const issuer = await startLocalIssuer(signer);
    const stack = await googleStack(issuer.url);
    expect(stack.services.config.authMode).toBe('google');
    expect((await status(stack, bearer(BOARD))).status).toBe(200);
    expect((await status(stack, bearer(BOARD))).status).toBe(200);
    expect(issuer.fetches).toBe(1);
    await issuer.close();
    expect((await status(stack, bearer(BOARD))).status).toBe(200);
    const devHeader = await status(stack, { 'x-dev-user': BOARD });
    expect(devHeader.body.error?.code).toBe('UNAUTHENTICATED');
    const forged = createTestSigner('local-issuer-1').token(claims(BOARD));
    const rejected = await status(stack, { authorization: `Bearer ${forged}` });
    expect(rejected.body.error?.code).toBe('UNAUTHENTICATED');
    await stack.close();
    stacks.pop();
  });

  it('answers 503 AUTH_UNAVAILABLE with a true message when the certificates cannot be fetched', async () => {
    const issuer = await startLocalIssuer(signer);
    const url = issuer.url;
    await issuer.close();
    const stack = await googleStack(url);
    const response = await status(stack, bearer(BOARD));
    expect(response.status).toBe(503);
    expect(response.body.error).toEqual({
      code: 'AUTH_UNAVAILABLE',
      message: API_ERRORS.AUTH_UNAVAILABLE.message,
    });
    expect(response.body.error?.message.normalize('NFC')).toBe(response.body.error?.message);
    await stack.close();
    stacks.pop();
  });

  it('serves weeklyDigest and deadlineReminders to a board member only', async () => {
    const stack = await startStack({ port: 0 });
    stacks.push(stack);
    const event = (user?: string) =>
      post<{ error?: { code: string } }>(
        stack.url,
        'weeklyDigest',
        { message: { data: '', messageId: 'm-1', publishTime: new Date().toISOString() } },
        {
          ...(user ? { user } : {}),
          headers: { 'ce-id': 'm-1', 'ce-specversion': '1.0', 'ce-type': 'test', 'ce-source': '//test' },
        },
      );
    expect((await event()).body.error?.code).toBe('UNAUTHENTICATED');
    expect((await event(userOf('p-tam-thanh'))).body.error?.code).toBe('FORBIDDEN_ROLE');
    const reminders = await post<{ error?: { code: string } }>(stack.url, 'deadlineReminders', {}, {});
    expect(reminders.status).toBe(401);
    const board = await event(BOARD);
    expect(board.status, JSON.stringify(board.body)).toBeLessThan(300);
  });
});
