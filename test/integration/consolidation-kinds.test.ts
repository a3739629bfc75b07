// A unit's two lists through HTTP on the local stack (real firebase-admin on the embedded emulator): the add-on
// submits the individual list ("Cá nhân") and the collective list ("Tập thể") one at a time, and version numbers are
// counted per unit. Consolidation, campaignStatus and the "reviewed" status must count both latest lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import type { CampaignStatusResponse, UnitStatus } from '../../shared/api/campaign-status';
import type { ConsolidateResponse } from '../../shared/api/consolidation';
import type { GridInput } from '../../shared/api/grid';
import type { MasterListResponse } from '../../shared/api/master-list';
import type { SubmitNominationsResponse } from '../../shared/api/nominations';
import type { ReviewNomineeResponse } from '../../shared/api/reviews';
import { COLLECTIVE_HEADER, collective } from '../shared/grid/fixtures';
import { post } from '../support/http';
import { BOARD, setUpCampaign, submitUnit, unitEmail } from './support/consolidation-world';

const CAMPAIGN = 'ls-tonghop-hai-danh-sach';
const UNIT = 'dv-02';
let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ port: 0 });
  await setUpCampaign(stack, CAMPAIGN, 3);
});

afterAll(async () => {
  await stack.close();
});

/** A clean collective list; `names` are the collectives' names (one row each). */
function collectiveGrid(names: string[]): GridInput {
  const rows = names.map((name, i) => collective({ STT: i + 1, 'Tên tập thể': name }));
  return { header: [...COLLECTIVE_HEADER], firstRow: 6, rows, sheetName: 'Tập thể' } as GridInput;
}

async function submitCollectives(names: string[], key: string): Promise<SubmitNominationsResponse> {
  const body = {
    campaignId: CAMPAIGN,
    unitId: UNIT,
    kind: 'collective',
    grid: collectiveGrid(names),
    submissionKey: key,
  };
  const response = await post<SubmitNominationsResponse>(stack.url, 'submitNominations', body, {
    user: unitEmail(UNIT),
  });
  if (response.status !== 200) throw new Error(`submit ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

async function consolidate(): Promise<ConsolidateResponse> {
  const body = { campaignId: CAMPAIGN };
  const response = await post<ConsolidateResponse>(stack.url, 'consolidate', body, { user: BOARD });
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  return response.body;
}

async function unitEntries() {
  const body = { campaignId: CAMPAIGN, unitId: UNIT };
  const response = await post<MasterListResponse>(stack.url, 'masterList', body, { user: BOARD });
  if (response.status !== 200) throw new Error(JSON.stringify(response.body));
  return response.body.master.entries;
}

/** [kind, name, submissionVersion] of the unit's sources, sorted. */
async function provenance(): Promise<Array<[string, string, number]>> {
  const rows = (await unitEntries()).flatMap((e) =>
    e.sources
      .filter((s) => s.unitId === UNIT)
      .map((s): [string, string, number] => [s.kind, e.displayName, s.submissionVersion]),
  );
  return rows.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1], 'vi'));
}

async function status(): Promise<UnitStatus> {
  const body = { campaignId: CAMPAIGN, unitId: UNIT };
  const response = await post<CampaignStatusResponse>(stack.url, 'campaignStatus', body, {
    user: unitEmail(UNIT),
  });
  const unit = response.body.units[0];
  if (!unit) throw new Error(`no unit status: ${JSON.stringify(response.body)}`);
  return unit;
}

const review = (nomineeId: string) =>
  post<ReviewNomineeResponse>(
    stack.url,
    'reviewNominee',
    { campaignId: CAMPAIGN, nomineeId, state: 'approved' },
    { user: BOARD },
  );

describe('a unit that submits individuals, then collectives', () => {
  it('consolidates both lists, each row with the version and kind of its own list', async () => {
    expect(await submitUnit(stack, CAMPAIGN, 1, 4)).toBe(1);
    const collectives = await submitCollectives(['Phòng Kế hoạch', 'Phòng Tổ chức cán bộ'], 'kinds-col-0001');
    expect(collectives).toMatchObject({ version: 2, status: 'clean', replayed: false });
    const result = await consolidate();
    const unit = result.byUnit.find((u) => u.unitId === UNIT);
    expect(unit).toMatchObject({ submissionVersion: 2, invalidRows: 0 });
    const found = await provenance();
    expect(found.filter(([kind]) => kind === 'collective')).toEqual([
      ['collective', 'Phòng Kế hoạch', 2],
      ['collective', 'Phòng Tổ chức cán bộ', 2],
    ]);
    const individuals = found.filter(([kind]) => kind === 'individual');
    expect(individuals.length).toBeGreaterThanOrEqual(4);
    expect(unit?.rows).toBe(individuals.length + 2);
    expect(individuals.every(([, , version]) => version === 1)).toBe(true);
  });

  it('shows both lists in campaignStatus, counts summed', async () => {
    const unit = await status();
    const { individual, collective: col } = unit.lists ?? {};
    expect(individual).toMatchObject({ version: 1, versions: 1, onTime: true });
    expect(col).toMatchObject({
      version: 2,
      versions: 1,
      status: 'clean',
      rows: 2,
      validRows: 2,
      onTime: true,
    });
    expect(unit).toMatchObject({ latestVersion: 2, versions: 2, onTime: true });
    expect(unit.rows).toBe((individual?.rows ?? 0) + 2);
    expect(unit.submittedAt).toBe(col?.submittedAt);
  });

  it('keeps the individuals when only the collectives are resubmitted', async () => {
    const resent = await submitCollectives(['Phòng Kế hoạch', 'Phòng Pháp chế'], 'kinds-col-0002');
    expect(resent.version).toBe(3);
    const result = await consolidate();
    expect(result.reused).toBe(false);
    expect(result.changes.added.length).toBe(1);
    expect(result.changes.removed.length).toBe(1);
    const found = await provenance();
    expect(found.filter(([kind]) => kind === 'collective')).toEqual([
      ['collective', 'Phòng Kế hoạch', 3],
      ['collective', 'Phòng Pháp chế', 3],
    ]);
    const individuals = found.filter(([kind]) => kind === 'individual');
    expect(individuals.length).toBeGreaterThanOrEqual(4);
    expect(individuals.every(([, , version]) => version === 1)).toBe(true);
    const unit = await status();
    expect(unit.lists?.individual).toMatchObject({ version: 1, versions: 1 });
    expect(unit.lists?.collective).toMatchObject({ version: 3, versions: 2 });
  });

  it('does not re-consolidate when nothing changed (incremental hash over both lists)', async () => {
    expect((await consolidate()).reused).toBe(true);
  });

  it('is "reviewed" once every entry of both lists is reviewed, and not after a new list', async () => {
    for (const entry of await unitEntries()) expect((await review(entry.nomineeId)).status).toBe(200);
    expect(await status()).toMatchObject({ status: 'reviewed', returned: [] });
    // New individuals: until the board consolidates them, the unit is not "reviewed".
    await submitUnit(stack, CAMPAIGN, 1, 5);
    const unit = await status();
    expect(unit.status).toBe('clean');
    expect(unit.lists?.individual?.version).toBe(4);
    expect(unit.lists?.collective?.version).toBe(3);
  });
});
