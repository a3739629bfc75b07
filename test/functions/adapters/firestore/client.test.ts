import { describe, expect, it } from 'vitest';
import { createFirestore, firestoreSettings } from '../../../../functions/adapters/firestore/client';

/** The settings the client was given (@google-cloud/firestore keeps them in `_settings`). */
function settingsOf(db: unknown): Record<string, unknown> {
  return (db as { _settings: Record<string, unknown> })._settings;
}

describe('firestoreSettings', () => {
  it('prefers REST in production (no emulator)', () => {
    expect(firestoreSettings({})).toEqual({ ignoreUndefinedProperties: true, preferRest: true });
  });

  it('keeps gRPC against the emulator, which speaks nothing else', () => {
    const settings = firestoreSettings({ emulatorHost: '127.0.0.1:8080' });
    expect(settings).toEqual({ ignoreUndefinedProperties: true, host: '127.0.0.1:8080', ssl: false });
    expect(settings).not.toHaveProperty('preferRest');
  });
});

describe('createFirestore', () => {
  it('gives a production client preferRest', () => {
    const db = createFirestore({ projectId: 'settings-prod' });
    expect(settingsOf(db)).toMatchObject({ preferRest: true, ignoreUndefinedProperties: true });
  });

  it('gives an emulator client its host and no preferRest', () => {
    const db = createFirestore({ projectId: 'settings-emu', emulatorHost: '127.0.0.1:9' });
    const settings = settingsOf(db);
    expect(settings).toMatchObject({ servicePath: '127.0.0.1', port: 9, ssl: false });
    expect(settings.preferRest).toBeUndefined();
  });
});
