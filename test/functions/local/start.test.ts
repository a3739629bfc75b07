// npm start (functions/local/start.ts in a child process) honours the functions' environment: AUTH_MODE=google
// with a local issuer, LOG_LEVEL and MAX_BODY_BYTES.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChildStack } from '../../integration/support/child-stack';
import { BOARD, CAMPAIGN } from '../../support/grids';
import { post } from '../../support/http';
import { createTestSigner } from '../../support/id-tokens';
import { type LocalIssuer, startLocalIssuer } from '../../support/local-issuer';

const AUDIENCE = '123-start.apps.googleusercontent.com';
const signer = createTestSigner('start-issuer');
let child: ChildStack | undefined;
let issuer: LocalIssuer | undefined;
let root = '';
afterAll(async () => {
  await child?.kill();
  await issuer?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('npm start', () => {
  it('honours AUTH_MODE=google, LOG_LEVEL and MAX_BODY_BYTES', async () => {
    root = await mkdtemp(join(tmpdir(), 'tonvinh-start-'));
    issuer = await startLocalIssuer(signer);
    child = new ChildStack({
      dataDir: join(root, 'firestore'),
      outboxDir: join(root, 'outbox'),
      env: {
        AUTH_MODE: 'google',
        ID_TOKEN_AUDIENCES: AUDIENCE,
        ID_TOKEN_CERTS_URL: issuer.url,
        LOG_LEVEL: 'debug',
        MAX_BODY_BYTES: '4096',
      },
    });
    const url = await child.start();
    for (let i = 0; i < 600 && !child.log.includes('Sign-in:'); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(child.log).toContain('Sign-in: AUTH_MODE=google; log level debug');
    const token = signer.token({ email: BOARD, email_verified: true, aud: AUDIENCE, sub: '1' });
    const auth = { authorization: `Bearer ${token}` };
    expect((await post(url, 'campaignStatus', { campaignId: CAMPAIGN }, { headers: auth })).status).toBe(200);
    const dev = await post(url, 'campaignStatus', { campaignId: CAMPAIGN }, { user: BOARD });
    expect(dev.status).toBe(401);
    const big = await post<{ error: { code: string } }>(
      url,
      'campaignStatus',
      { campaignId: CAMPAIGN, pad: 'x'.repeat(5000) },
      { headers: auth },
    );
    expect(big.body.error.code).toBe('BODY_TOO_LARGE');
  }, 180_000);
});
