// The local stack: loopback-only listeners, seeding, and data surviving a restart through .local-style persistence.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { functionsEnv, LOCAL_SPREADSHEET_ID, startStack } from '../../../functions/local/stack';
import { CAMPAIGN, individualGrid, submitBody, userOf } from '../../support/grids';
import { post } from '../../support/http';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('startStack', () => {
  it('binds functions and emulator to 127.0.0.1 and keeps data across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tonvinh-stack-'));
    dirs.push(dataDir);
    const first = await startStack({ port: 0, dataDir });
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.emulatorHost).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(first.seeded).toBe(true);
    const body = submitBody('p-tam-thanh', individualGrid(3), 'key-restart-01');
    const stored = await post<{ versionId: string }>(first.url, 'submitNominations', body, {
      user: userOf('p-tam-thanh'),
    });
    expect(stored.status).toBe(200);
    await first.close();

    const second = await startStack({ port: 0, dataDir });
    expect(second.seeded).toBe(false);
    expect(second.restoredDocuments).toBeGreaterThan(20);
    const replay = await post<{ versionId: string; replayed: boolean }>(
      second.url,
      'submitNominations',
      body,
      { user: userOf('p-tam-thanh') },
    );
    expect(replay.body).toMatchObject({ versionId: stored.body.versionId, replayed: true });
    const rows = await second.services.submissions
      .unit(CAMPAIGN, 'p-tam-thanh')
      .readRows(stored.body.versionId);
    expect(rows).toHaveLength(3);
    await second.close();
  });

  it('serves a local master spreadsheet whose tabs survive a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tonvinh-stack-'));
    dirs.push(dataDir);
    const first = await startStack({ port: 0, dataDir, seed: false });
    expect(first.services.config.sheetsApiRootUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await first.services.sheets.writeValues(LOCAL_SPREADSHEET_ID, [
      { range: "'Trang tính1'!A1:B1", values: [['Tổng hợp', 3]] },
    ]);
    await first.close();
    const second = await startStack({ port: 0, dataDir, seed: false });
    expect(second.sheets?.values('Trang tính1')).toEqual([['Tổng hợp', 3]]);
    expect(await second.services.sheets.listTabs(LOCAL_SPREADSHEET_ID)).toEqual([
      { sheetId: 0, title: 'Trang tính1', conditionalRules: 0 },
    ]);
    await second.close();
    const none = await startStack({ port: 0, fakeSheets: false, seed: false });
    expect(none.sheets).toBeUndefined();
    expect(none.services.config.sheetsApiRootUrl).toBeUndefined();
    await none.close();
  });
});

describe('functionsEnv', () => {
  it('passes the functions’ own variables of npm start’s environment on, and nothing else', () => {
    expect(
      functionsEnv({
        AUTH_MODE: 'google',
        ID_TOKEN_AUDIENCES: 'a,b',
        LOG_LEVEL: 'debug',
        MAX_BODY_BYTES: '2048',
        ID_TOKEN_CERTS_URL: 'http://127.0.0.1:9/',
        HOME: '/root',
        FIRESTORE_EMULATOR_HOST: 'elsewhere:1',
      }),
    ).toEqual({
      AUTH_MODE: 'google',
      ID_TOKEN_AUDIENCES: 'a,b',
      LOG_LEVEL: 'debug',
      MAX_BODY_BYTES: '2048',
      ID_TOKEN_CERTS_URL: 'http://127.0.0.1:9/',
    });
  });
});
