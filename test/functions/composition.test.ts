// The composition root's lazily loaded adapters: what they answer before and after their SDK is imported.
import { describe, expect, it } from 'vitest';
import { buildServices, lazyVerifier } from '../../functions/composition';
import { parseConfig } from '../../functions/config';

describe('lazyVerifier', () => {
  it('in dev mode refuses every ID token with UNAUTHENTICATED, on every call', async () => {
    const verifier = lazyVerifier({ authMode: 'dev', audiences: [] });
    await expect(verifier.verify('a.b.c')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    await expect(verifier.verify('a.b.c')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('is the verifier buildServices installs', async () => {
    const s = buildServices(parseConfig({ AUTH_MODE: 'dev', FIRESTORE_EMULATOR_HOST: '127.0.0.1:9' }));
    try {
      await expect(s.verifier.verify('x.y.z')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    } finally {
      await s.db.terminate();
    }
  });
});
