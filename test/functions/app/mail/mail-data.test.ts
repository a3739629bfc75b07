// MailData (the mail's reads as use-case logic) over the Firestore adapters (FirestoreMailReads and the
// repositories) on the embedded emulator with real firebase-admin, on the seeded sample campaign
// (functions/local/seed.ts) with versions stored by the real submitNominations use case. Units submit their
// individual and collective lists as separate versions: both count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirestoreMailReads } from '../../../../functions/adapters/firestore/mail-data-source';
import { MailData } from '../../../../functions/app/mail/mail-data';
import { reminderViewOf } from '../../../../functions/app/mail/map-views';
import type { UnitStatusWithContacts } from '../../../../functions/app/mail/ports';
import { submitNominations } from '../../../../functions/app/submissions/submit-nominations';
import { buildServices, type Services } from '../../../../functions/composition';
import { parseConfig } from '../../../../functions/config';
import { seed } from '../../../../functions/local/seed';
import { BOARD_EMAIL, SEED_CAMPAIGN_ID, unitEmail } from '../../../../functions/local/seed-data';
import type { GridInput } from '../../../../shared/api/grid';
import type { MasterVersion } from '../../../../shared/consolidation/types';
import type { NominationKind } from '../../../../shared/grid/types';
import { COLLECTIVE_HEADER, collective } from '../../../shared/grid/fixtures';
import { startTestEmulator, type TestEmulator } from '../../../support/emulator';
import { individualGrid } from '../../../support/grids';
import { firstMaster } from './support/masters';

const NOW = new Date('2026-11-20T03:00:00.000Z');
let env: TestEmulator;
let s: Services;
let source: MailData;
let master: MasterVersion | null = null;

function submit(unitId: string, grid: GridInput, key: string, kind: NominationKind = 'individual') {
  const principal = { email: unitEmail(unitId), role: 'unit' as const, unitIds: [unitId] };
  const request = { campaignId: SEED_CAMPAIGN_ID, unitId, kind, grid, submissionKey: key };
  return submitNominations(request, principal, s);
}

/** A collective list ("Tập thể"); with `broken`, row 7 lacks the collective's name (an error in column B). */
function collectiveGrid(broken: boolean): GridInput {
  const rows = [
    collective(),
    collective({ STT: 2, 'Tên tập thể': broken ? '' : 'Phòng Kế hoạch - Tài chính' }),
  ];
  return { header: [...COLLECTIVE_HEADER], firstRow: 6, rows, sheetName: 'Tập thể' } as GridInput;
}

/** Row 3 has a CCCD of 9 digits: one error in column F. */
function gridWithError(): GridInput {
  const grid = individualGrid(2, 'x');
  const bad = grid.rows[1];
  if (bad) bad[5] = '020190001';
  return { ...grid, sheetName: 'Cá nhân' };
}

beforeAll(async () => {
  env = await startTestEmulator('demo-mail-source');
  const config = parseConfig({
    AUTH_MODE: 'dev',
    FIRESTORE_EMULATOR_HOST: env.emulator.host,
    GCLOUD_PROJECT: 'demo-mail-source',
  });
  s = buildServices(config, { clock: { now: () => NOW } });
  expect(await seed(s)).toBe(true);
  await s.members.saveCampaignMembers(SEED_CAMPAIGN_ID, [
    { email: 'vanthu.sgd@langson.example', role: 'unit', unitIds: ['so-giao-duc', 'so-y-te'], active: true },
    { email: 'nghihuu@langson.example', role: 'board', unitIds: [], active: false },
    { email: 'cu.sgd@langson.example', role: 'unit', unitIds: ['so-giao-duc'], active: false },
  ]);
  const seeded = await s.campaigns.getCampaign(SEED_CAMPAIGN_ID);
  if (!seeded) throw new Error('seed failed');
  await s.campaigns.saveCampaign({ ...seeded, id: 'closed-2025', title: 'Đợt đã khóa', open: false });
  await submit('so-giao-duc', individualGrid(3), 'key-sgd-000001');
  await submit('so-giao-duc', individualGrid(4), 'key-sgd-000002');
  await submit('p-tam-thanh', gridWithError(), 'key-ptt-000001');
  // Clean individuals, then collectives with an error.
  await submit('so-y-te', individualGrid(2, 'yt'), 'key-syt-000001');
  expect((await submit('so-y-te', collectiveGrid(true), 'key-syt-000002', 'collective')).status).toBe(
    'with_errors',
  );
  // Collectives with an error, then clean individuals (the newest version is clean).
  await submit('so-tai-chinh', collectiveGrid(true), 'key-stc-000001', 'collective');
  expect((await submit('so-tai-chinh', individualGrid(3, 'tc'), 'key-stc-000002')).status).toBe('clean');
  source = new MailData({
    ...s,
    reads: new FirestoreMailReads(s.db),
    masters: { latest: async () => master },
  });
});

afterAll(async () => {
  await s.db.terminate();
  await env.stop();
});

const byId = (units: UnitStatusWithContacts[], id: string) => units.find((u) => u.unitId === id);

describe('MailData', () => {
  it('lists open campaigns with the local deadline date and the active board members', async () => {
    const campaigns = await source.activeCampaigns();
    expect(campaigns).toEqual([
      {
        campaignId: SEED_CAMPAIGN_ID,
        campaignName: 'Hội nghị điển hình tiên tiến tỉnh Lạng Sơn năm 2026',
        deadline: '2026-12-11',
        deadlineAt: '2026-12-11T17:00:00+07:00',
        board: [{ address: BOARD_EMAIL }],
      },
    ]);
  });

  it('finds a closed campaign by id and answers null for an unknown one', async () => {
    expect(await source.campaign('closed-2025')).toMatchObject({ campaignName: 'Đợt đã khóa' });
    expect(await source.campaign('khong-co')).toBeNull();
  });

  it('gives every current unit its state and its active contacts', async () => {
    const units = await source.unitStatuses(SEED_CAMPAIGN_ID);
    expect(units).toHaveLength(12);
    expect(byId(units, 'tt-dong-dang-cu')).toBeUndefined();
    expect(byId(units, 'so-giao-duc')).toEqual({
      unitId: 'so-giao-duc',
      unitName: 'Sở Giáo dục và Đào tạo',
      version: 2,
      errors: 0,
      firstSubmittedAt: NOW.toISOString(),
      lastSubmittedAt: NOW.toISOString(),
      contacts: [{ address: 'so-giao-duc@langson.example' }, { address: 'vanthu.sgd@langson.example' }],
    });
    expect(byId(units, 'x-huu-lung')).toEqual({
      unitId: 'x-huu-lung',
      unitName: 'Xã Hữu Lũng',
      version: 0,
      errors: 0,
      contacts: [{ address: 'x-huu-lung@langson.example' }],
    });
  });

  it("reads the latest version's cell issues of a unit with errors", async () => {
    const tam = byId(await source.unitStatuses(SEED_CAMPAIGN_ID), 'p-tam-thanh');
    expect(tam).toMatchObject({ version: 1 });
    expect(tam?.errors).toBeGreaterThan(0);
    const errors = tam?.issues?.filter((i) => i.severity === 'error');
    expect(errors?.map((i) => [i.sheetName, i.row, i.column, i.field])).toEqual([['Cá nhân', 3, 6, 'cccd']]);
  });

  it('treats a unit with clean individuals but erroneous collectives as with errors, whatever came last', async () => {
    const units = await source.unitStatuses(SEED_CAMPAIGN_ID);
    for (const [unitId, version] of [
      ['so-y-te', 2],
      ['so-tai-chinh', 2],
    ] as const) {
      const unit = byId(units, unitId);
      expect(unit).toMatchObject({ version, errors: 1 });
      const errorLines = unit?.issues?.filter((i) => i.severity === 'error');
      expect(errorLines?.map((i) => [i.sheetName, i.row, i.column, i.field])).toEqual([
        ['Tập thể', 7, 2, 'collectiveName'],
      ]);
      const reminder = reminderViewOf('Đợt 1', '2026-12-11', '2026-11-23', unit as UnitStatusWithContacts);
      expect(reminder).toMatchObject({ state: 'errors', errors: 1 });
      expect(reminder?.issues.map((i) => i.ref)).toEqual(['Tập thể!B7']);
    }
  });

  it('lists the contacts of one unit', async () => {
    expect(await source.unitContacts(SEED_CAMPAIGN_ID, 'so-y-te')).toEqual([
      { address: 'so-y-te@langson.example' },
      { address: 'vanthu.sgd@langson.example' },
    ]);
  });

  it('builds the digest input from the submissions before the first consolidation', async () => {
    master = null;
    const input = await source.digestInput(SEED_CAMPAIGN_ID, '2026-11-23');
    expect(input).toMatchObject({
      campaignName: 'Hội nghị điển hình tiên tiến tỉnh Lạng Sơn năm 2026',
      week: '2026-W48',
      deadline: '2026-12-11',
      deadlineAt: '2026-12-11T17:00:00+07:00',
      changes: null,
      // Valid rows of every latest list: individuals 4 + 1 + 2 + 3, collectives 1 + 1 (one row of each has an error).
      totals: { nominees: 12, individuals: 10, collectives: 2 },
    });
    expect(input.units.filter((u) => u.version > 0).map((u) => [u.unitId, u.version, u.errors])).toEqual([
      ['so-giao-duc', 2, 0],
      ['so-y-te', 2, 1],
      ['so-tai-chinh', 2, 1],
      ['p-tam-thanh', 1, 1],
    ]);
  });

  it('takes totals, duplicates and quotas from the latest master version', async () => {
    master = firstMaster();
    const input = await source.digestInput(SEED_CAMPAIGN_ID, '2026-11-23');
    expect(input.totals).toEqual({ nominees: 2, individuals: 2, collectives: 0 });
    expect(input.duplicatesAwaitingReview.groups).toBe(1);
    expect(input.overQuota).toEqual([{ unitName: 'Sở Giáo dục và Đào tạo', quota: 1, count: 2 }]);
  });

  it('reports a missing campaign with a coded error', async () => {
    await expect(source.digestInput('khong-co', '2026-11-23')).rejects.toMatchObject({
      code: 'CAMPAIGN_NOT_FOUND',
    });
  });
});
