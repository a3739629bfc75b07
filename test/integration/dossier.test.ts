// The dossier ("Hồ sơ") through the local functions: validateRows flags a bad link (error) and missing documents
// (warnings) at the cell; a submitted list with the column gives campaignStatus its completeness per unit and
// per list; a list without the column tracks none (no dossier counts, no dossier issues).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import type { CampaignStatusResponse } from '../../shared/api/campaign-status';
import type { GridInput } from '../../shared/api/grid';
import type { ValidateRowsResponse } from '../../shared/api/nominations';
import { BOARD, CAMPAIGN, HEADER, individualGrid, submitBody, userOf } from '../support/grids';
import { post } from '../support/http';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ port: 0 });
});

afterAll(async () => {
  await stack.close();
});

const FILE = '1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const BAOCAO = `Báo cáo thành tích: https://drive.google.com/file/d/${FILE}/view`;
const BIENBAN = `Biên bản họp xét: https://docs.google.com/document/d/${FILE}/edit`;

/** Three clean rows with a "Hồ sơ" column: complete; without the minutes; a link that is not on Drive. */
function dossierGrid(): GridInput {
  const grid = individualGrid(3, 'hs');
  const cells = [`${BAOCAO}\n${BIENBAN}`, BAOCAO, 'https://example.com/bao-cao.pdf'];
  return {
    ...grid,
    header: [...HEADER, 'Hồ sơ'],
    rows: grid.rows.map((row, i) => [...row, cells[i] ?? '']),
  };
}

const DOSSIER_COLUMN = HEADER.length + 1;

async function unitOf(unitId: string) {
  const response = await post<CampaignStatusResponse>(
    stack.url,
    'campaignStatus',
    { campaignId: CAMPAIGN },
    { user: BOARD },
  );
  return response.body.units.find((u) => u.unitId === unitId);
}

describe('dossier', () => {
  it('validateRows: a bad link and missing documents are warnings at the Hồ sơ cell', async () => {
    const body = { campaignId: CAMPAIGN, unitId: 'so-y-te', kind: 'individual', grid: dossierGrid() };
    const response = await post<ValidateRowsResponse>(stack.url, 'validateRows', body, {
      user: userOf('so-y-te'),
    });
    expect(response.status).toBe(200);
    const dossierIssues = response.body.issues.filter((i) => i.field === 'dossier');
    expect(dossierIssues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual([
      [3, DOSSIER_COLUMN, 'dossier.missing', 'warning'],
      [4, DOSSIER_COLUMN, 'dossier.badLink', 'warning'],
      [4, DOSSIER_COLUMN, 'dossier.missing', 'warning'],
    ]);
    expect(dossierIssues[0]?.message).toContain('còn thiếu: Biên bản họp xét');
  });

  it('campaignStatus shows completeness per unit and per list; a list without the column tracks none', async () => {
    const withColumn = submitBody('so-y-te', dossierGrid(), 'key-dossier-1');
    const stored = await post(stack.url, 'submitNominations', withColumn, { user: userOf('so-y-te') });
    expect(stored.status).toBe(200);
    const without = submitBody('so-noi-vu', individualGrid(2, 'khong'), 'key-dossier-2');
    expect((await post(stack.url, 'submitNominations', without, { user: userOf('so-noi-vu') })).status).toBe(
      200,
    );

    const counted = await unitOf('so-y-te');
    const expected = { rows: 3, complete: 1, incomplete: 2, missingDocs: 3 };
    expect(counted?.dossier).toEqual(expected);
    expect(counted?.lists?.individual?.dossier).toEqual(expected);
    const untracked = await unitOf('so-noi-vu');
    expect(untracked?.rows).toBe(2);
    expect(untracked?.dossier).toBeUndefined();
    expect(untracked?.lists?.individual?.dossier).toBeUndefined();
  });
});
