import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, redacted } from '../../functions/config';

describe('parseConfig', () => {
  it('parses production settings with defaults', () => {
    const config = parseConfig({
      ID_TOKEN_AUDIENCES: ' a.apps.googleusercontent.com , b ',
      GCLOUD_PROJECT: 'p1',
    });
    expect(config).toEqual({
      authMode: 'google',
      audiences: ['a.apps.googleusercontent.com', 'b'],
      projectId: 'p1',
      maxBodyBytes: 10 * 1024 * 1024,
      logLevel: 'info',
    });
  });

  it('requires audiences in google mode', () => {
    expect(() => parseConfig({})).toThrow(ConfigError);
    expect(() => parseConfig({})).toThrow(/ID_TOKEN_AUDIENCES/);
  });

  it('refuses dev sign-in on Cloud Run', () => {
    expect(() => parseConfig({ AUTH_MODE: 'dev', K_SERVICE: 'submitnominations' })).toThrow(/AUTH_MODE=dev/);
    expect(parseConfig({ AUTH_MODE: 'dev' }).authMode).toBe('dev');
  });

  it('rejects a nonsense body limit and reads the emulator host', () => {
    expect(() => parseConfig({ AUTH_MODE: 'dev', MAX_BODY_BYTES: 'lots' })).toThrow(/MAX_BODY_BYTES/);
    expect(parseConfig({ AUTH_MODE: 'dev', FIRESTORE_EMULATOR_HOST: '127.0.0.1:9' }).firestoreHost).toBe(
      '127.0.0.1:9',
    );
  });

  it('reads a local ID token issuer URL, refused on Cloud Run', () => {
    const local = parseConfig({
      ID_TOKEN_AUDIENCES: 'a',
      ID_TOKEN_CERTS_URL: 'http://127.0.0.1:9/oauth2/v1/certs',
    });
    expect(local).toMatchObject({
      authMode: 'google',
      idTokenCertsUrl: 'http://127.0.0.1:9/oauth2/v1/certs',
    });
    expect(parseConfig({ AUTH_MODE: 'dev' })).not.toHaveProperty('idTokenCertsUrl');
    expect(() =>
      parseConfig({ ID_TOKEN_AUDIENCES: 'a', K_SERVICE: 'x', ID_TOKEN_CERTS_URL: 'http://127.0.0.1:9/' }),
    ).toThrow(/ID_TOKEN_CERTS_URL/);
  });

  it('reads the Sheets stand-in URL (refused on Cloud Run) and the base salary', () => {
    const local = parseConfig({
      AUTH_MODE: 'dev',
      SHEETS_API_ROOT_URL: 'http://127.0.0.1:9/',
      BASE_SALARY_VND: '2530000',
    });
    expect(local).toMatchObject({ sheetsApiRootUrl: 'http://127.0.0.1:9/', baseSalaryVnd: 2_530_000 });
    expect(parseConfig({ AUTH_MODE: 'dev' })).not.toHaveProperty('sheetsApiRootUrl');
    const cloudRun = { ID_TOKEN_AUDIENCES: 'a', K_SERVICE: 'writemastersheet' };
    expect(() => parseConfig({ ...cloudRun, SHEETS_API_ROOT_URL: 'http://127.0.0.1:9/' })).toThrow(
      /SHEETS_API_ROOT_URL/,
    );
    expect(() => parseConfig({ AUTH_MODE: 'dev', SHEETS_API_ROOT_URL: 'ftp://x/' })).toThrow(
      /SHEETS_API_ROOT_URL/,
    );
    expect(() => parseConfig({ AUTH_MODE: 'dev', BASE_SALARY_VND: '-5' })).toThrow(/BASE_SALARY_VND/);
  });

  it('redacted() keeps the non-secret settings', () => {
    expect(redacted(parseConfig({ AUTH_MODE: 'dev' }))).toMatchObject({
      authMode: 'dev',
      projectId: 'demo-tonvinh',
    });
  });

  it('reads the public notice salt (masked by redacted()) and the trusted proxies; refuses a short salt', () => {
    const config = parseConfig({
      AUTH_MODE: 'dev',
      NOTICE_IP_SALT: 's'.repeat(32),
      NOTICE_TRUSTED_PROXIES: '1',
    });
    expect(config).toMatchObject({ noticeSalt: 's'.repeat(32), trustedProxies: 1 });
    expect(redacted(config)).toMatchObject({ noticeSalt: '***', trustedProxies: 1 });
    expect(() => parseConfig({ AUTH_MODE: 'dev', NOTICE_IP_SALT: 'short' })).toThrow(/NOTICE_IP_SALT/);
  });
});
