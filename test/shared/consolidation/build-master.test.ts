import { describe, expect, it } from 'vitest';
import { buildMaster } from '../../../shared/consolidation/build-master';
import type { BuildMasterInput, SubmissionRow, UnitSubmission } from '../../../shared/consolidation/types';

function row(sheetRow: number, data: SubmissionRow['data'], valid = true): SubmissionRow {
  return { sheetRow, kind: data.collectiveName ? 'collective' : 'individual', valid, data };
}

function unit(unitId: string, rows: SubmissionRow[], version = 1): UnitSubmission {
  return { unitId, unitName: `Đơn vị ${unitId}`, version, submittedAt: '2026-04-01T00:00:00.000Z', rows };
}

const AN = {
  fullName: 'Nguyễn Văn An',
  birthYear: 1980,
  gender: 'male',
  award: 'CSTD_CS',
  ethnicity: '01',
} as const;
const HOA = {
  fullName: 'Lê Thị Hoa',
  birthYear: 1990,
  gender: 'female',
  award: 'LDTT',
  ethnicity: '02',
} as const;

function input(submissions: UnitSubmission[], extra: Partial<BuildMasterInput> = {}): BuildMasterInput {
  return { campaignId: 'C1', version: 1, createdAt: '2026-05-01T00:00:00.000Z', submissions, ...extra };
}

describe('buildMaster', () => {
  it('makes one nominee of a person nominated by two units and keeps both sources', () => {
    const master = buildMaster(
      input([
        unit('A', [row(5, AN), row(6, HOA)]),
        unit('B', [row(7, { ...AN, fullName: 'Nguyen Van An' })]),
      ]),
    );
    const an = master.entries.find((e) => e.displayName === 'Nguyễn Văn An');
    expect(master.entries).toHaveLength(2);
    expect(an?.sources.map((s) => [s.unitId, s.sheetRow, s.rowId])).toEqual([
      ['A', 5, 'A:individual:5'],
      ['B', 7, 'B:individual:7'],
    ]);
    expect(master.duplicates).toHaveLength(1);
    expect(master.duplicates[0]?.reasons.map((r) => r.code)).toContain('DUP_NAME_ACCENTS');
    expect(an?.issues.map((i) => i.code)).toContain('CONS_PROBABLE_MERGED');
    expect(master.totals).toMatchObject({
      entries: 2,
      sourceRows: 3,
      multiSourceEntries: 1,
      probableGroups: 1,
      undecidedGroups: 1,
    });
  });

  it("keeps each row's own submission version: a unit's individual and collective lists are separate versions", () => {
    const team = row(9, { collectiveName: 'Phòng Tổ chức cán bộ', award: 'TTLDXS' });
    const collective = { ...team, submissionVersion: 2, submittedAt: '2026-04-02T00:00:00.000Z' };
    const master = buildMaster(input([unit('A', [row(5, AN), collective], 2)]));
    const sources = master.entries.flatMap((e) =>
      e.sources.map((s) => [s.kind, s.submissionVersion, s.submittedAt]),
    );
    expect(sources.sort()).toEqual([
      ['collective', 2, '2026-04-02T00:00:00.000Z'],
      ['individual', 2, '2026-04-01T00:00:00.000Z'],
    ]);
    const perRow = buildMaster(input([unit('A', [{ ...row(5, AN), submissionVersion: 1 }, collective], 2)]));
    expect(perRow.entries.find((e) => e.kind === 'individual')?.sources[0]?.submissionVersion).toBe(1);
    expect(perRow.unitVersions).toEqual({ A: 2 });
    expect(perRow.totals.units).toBe(1);
  });

  it('takes invalid rows in as entries "chưa hợp lệ", apart from the valid entries, totals and statistics', () => {
    const master = buildMaster(input([unit('A', [row(5, AN), row(6, HOA, false)])]));
    expect(master.entries.map((e) => e.displayName)).toEqual(['Nguyễn Văn An']);
    expect(master.invalidEntries?.map((e) => [e.displayName, e.validity, e.sources[0]?.sheetRow])).toEqual([
      ['Lê Thị Hoa', 'invalid', 6],
    ]);
    expect(master.invalidEntries?.[0]?.nomineeId).toMatch(/^xi-/);
    expect(master.invalidEntries?.[0]?.eligibility).toBeUndefined();
    expect(master.totals).toMatchObject({
      entries: 1,
      individuals: 1,
      sourceRows: 1,
      invalidRows: 1,
      invalidEntries: 1,
    });
    expect(master.stats.campaign.entries).toBe(1);
    expect(master.changes.added).toEqual([master.entries[0]?.nomineeId]);
  });

  it('reports an invalid row that duplicates a valid one in another unit, on both entries', () => {
    const cccd = '020080000123';
    const master = buildMaster(
      input([
        unit('A', [row(5, { ...AN, cccd })]),
        unit('B', [row(8, { ...AN, cccd, award: 'LDTT' }, false)]),
      ]),
    );
    const valid = master.entries[0];
    const invalid = master.invalidEntries?.[0];
    expect(master.entries).toHaveLength(1);
    expect(valid?.sources.map((s) => s.unitId)).toEqual(['A']);
    expect(invalid?.sources.map((s) => s.unitId)).toEqual(['B']);
    expect(master.duplicates).toHaveLength(1);
    expect(master.duplicates[0]?.memberRowIds.sort()).toEqual(['A:individual:5', 'B:individual:8']);
    expect(master.duplicates[0]?.nomineeIds.sort()).toEqual([valid?.nomineeId, invalid?.nomineeId].sort());
    expect(valid?.issues.find((i) => i.code === 'CONS_INVALID_DUPLICATE')?.message).toContain('Đơn vị B');
    expect(invalid?.issues.find((i) => i.code === 'CONS_INVALID_DUPLICATE')?.message).toContain('Đơn vị A');
    expect(master.totals).toMatchObject({
      entries: 1,
      multiSourceEntries: 0,
      duplicateGroups: 1,
      invalidEntries: 1,
    });
  });

  it('does not merge invalid rows that only share an empty name', () => {
    const master = buildMaster(
      input([unit('A', [row(5, { fullName: '' }, false)]), unit('B', [row(6, { fullName: '' }, false)])]),
    );
    expect(master.invalidEntries).toHaveLength(2);
    expect(master.duplicates).toEqual([]);
  });

  it('keeps the valid entry id when an invalid duplicate appears', () => {
    const cccd = '020080000123';
    const alone = buildMaster(input([unit('B', [row(8, { ...AN, cccd })])]));
    const withInvalid = buildMaster(
      input([unit('A', [row(5, { ...AN, cccd }, false)]), unit('B', [row(8, { ...AN, cccd })])]),
    );
    expect(withInvalid.entries[0]?.nomineeId).toBe(alone.entries[0]?.nomineeId);
  });

  it('keeps nominee ids stable across re-runs, row moves and edits of other rows', () => {
    const first = buildMaster(input([unit('A', [row(5, AN), row(6, HOA)])]));
    const second = buildMaster(
      input([
        unit(
          'A',
          [
            row(5, { fullName: 'Trần Minh Đức', birthYear: 1975 }),
            row(6, { ...HOA, award: 'CSTD_CS' }),
            row(9, AN),
          ],
          2,
        ),
      ]),
    );
    const idOf = (m: typeof first, name: string) => m.entries.find((e) => e.displayName === name)?.nomineeId;
    expect(idOf(second, 'Nguyễn Văn An')).toBe(idOf(first, 'Nguyễn Văn An'));
    expect(idOf(second, 'Lê Thị Hoa')).toBe(idOf(first, 'Lê Thị Hoa'));
    expect(idOf(first, 'Nguyễn Văn An')).toMatch(/^i-[0-9a-f]{16}$/);
  });

  it('keeps the id of a nominee whose identity changes when the previous version is given', () => {
    const first = buildMaster(input([unit('A', [row(5, AN)]), unit('B', [row(5, AN)])]));
    const withCccd = { ...AN, cccd: '001080012345' };
    const second = buildMaster(
      input([unit('A', [row(5, withCccd)], 2), unit('B', [row(5, AN)])], { previous: first, version: 2 }),
    );
    expect(second.entries.map((e) => e.nomineeId)).toEqual(first.entries.map((e) => e.nomineeId));
  });

  it('flags one person proposed for two awards ("one achievement, one award")', () => {
    const master = buildMaster(
      input([unit('A', [row(5, AN)]), unit('B', [row(5, { ...AN, award: 'BK_UBND_TINH' })])]),
    );
    const issue = master.entries[0]?.issues.find((i) => i.code === 'CONS_MULTIPLE_AWARDS');
    expect(master.entries[0]?.proposedAwards).toEqual(['CSTD_CS', 'BK_UBND_TINH']);
    expect(issue?.message).toBe(
      'Một thành tích chỉ được đề nghị một hình thức khen thưởng: đối tượng này đang được đề nghị 2 hình thức (CSTD_CS, BK_UBND_TINH).',
    );
    expect(master.totals.multipleAwardEntries).toBe(1);
  });

  it('reports fields the units give differently', () => {
    const master = buildMaster(
      input([
        unit('A', [row(5, { ...AN, birthDate: '1980-01-02', cccd: '001080000001' })]),
        unit('B', [row(5, { ...AN, ethnicity: '03', cccd: '001080000001' })]),
      ]),
    );
    const issue = master.entries[0]?.issues.find((i) => i.code === 'CONS_SOURCES_DIFFER');
    expect(issue?.message).toBe('Các đơn vị ghi khác nhau ở: dân tộc. Cần thống nhất thông tin.');
    expect(master.entries[0]?.birthDate).toBe('1980-01-02');
  });

  it('carries row issues with their unit and cell, eligibility and reviews', () => {
    const warning = {
      row: 5,
      column: 3,
      field: 'phone',
      code: 'PHONE_FORMAT',
      severity: 'warning' as const,
      message: 'Số điện thoại không đúng định dạng.',
    };
    const first = buildMaster(input([unit('A', [{ ...row(5, AN), issues: [warning] }])]));
    const id = first.entries[0]?.nomineeId ?? '';
    const master = buildMaster(
      input([unit('A', [{ ...row(5, AN), issues: [warning] }])], {
        eligibility: (r) => ({ eligible: r.data.award === 'CSTD_CS', reasons: [] }),
        reviews: [{ nomineeId: id, state: 'approved', note: 'Đủ điều kiện', awardDecision: 'BK_UBND_TINH' }],
      }),
    );
    const entry = master.entries[0];
    expect(entry?.issues[0]).toEqual({ ...warning, unitId: 'A' });
    expect(entry?.eligibility).toEqual({ eligible: true, reasons: [] });
    expect(entry).toMatchObject({
      reviewState: 'approved',
      reviewNote: 'Đủ điều kiện',
      awardDecision: 'BK_UBND_TINH',
    });
  });

  it('takes precomputed eligibility by rowId', () => {
    const master = buildMaster(
      input([unit('A', [row(5, AN)])], {
        eligibility: { 'A:individual:5': { eligible: false, reasons: [{ code: 'E1', message: 'Thiếu' }] } },
      }),
    );
    expect(master.entries[0]?.eligibility?.eligible).toBe(false);
  });

  it("respects a board 'different' decision after the rows moved and are re-submitted", () => {
    const first = buildMaster(
      input([unit('A', [row(5, AN)]), unit('B', [row(5, { ...AN, workplace: 'Sở Y tế' })])]),
    );
    const group = first.duplicates[0];
    expect(first.entries).toHaveLength(1);
    const decisions = [{ memberKeys: group?.memberKeys ?? [], decision: 'different' as const }];
    const second = buildMaster(
      input(
        [unit('A', [row(5, HOA), row(8, AN)], 2), unit('B', [row(9, { ...AN, workplace: 'Sở Y tế' })], 2)],
        { duplicateDecisions: decisions, previous: first },
      ),
    );
    expect(second.entries.filter((e) => e.displayName === 'Nguyễn Văn An')).toHaveLength(2);
    expect(second.duplicates[0]).toMatchObject({ groupId: group?.groupId, decision: 'different' });
    expect(second.entries.flatMap((e) => e.issues.map((i) => i.code))).not.toContain(
      'CONS_PROBABLE_DUPLICATE',
    );
  });

  it('returns plain JSON data', () => {
    const master = buildMaster(
      input([unit('A', [row(5, AN), row(6, HOA)]), unit('B', [row(5, AN)])], {
        stats: { referenceDate: '2026-05-01', baseSalary: 2_340_000, coefficients: { CSTD_CS: 1 } },
      }),
    );
    expect(JSON.parse(JSON.stringify(master))).toEqual(master);
    expect(master.changes.added).toHaveLength(2);
    expect(master.stats.campaign.budget).toBe(2_340_000);
  });
});
