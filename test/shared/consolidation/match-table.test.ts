import { describe, expect, it } from 'vitest';
import { toMatchRow } from '../../../shared/consolidation/match-rows';
import { buildMatchTable } from '../../../shared/consolidation/match-table';
import type { NomineeFields } from '../../../shared/consolidation/types';

describe('buildMatchTable', () => {
  const inputs: Array<{ kind: 'individual' | 'collective'; data: NomineeFields }> = [
    {
      kind: 'individual',
      data: { fullName: 'Nguyễn Văn Ân', birthDate: '1980-02-03', cccd: ' 001080012345 ' },
    },
    { kind: 'collective', data: { collectiveName: 'Phòng TC-KH', workplace: 'UBND huyện A' } },
    { kind: 'individual', data: { fullName: 'NGUYEN VAN AN', birthYear: 1980, gender: 'male' } },
    { kind: 'individual', data: { fullName: 'Nguyễn Văn Ân', workplace: 'Sở Y tế' } },
    { kind: 'individual', data: { fullName: 'Trần Thị Hoa' } },
  ];
  const table = buildMatchTable(inputs);

  it('gives the same match rows as toMatchRow, row by row', () => {
    expect(table.rows).toEqual(inputs.map((r) => toMatchRow(r.kind, r.data)));
  });

  it('numbers folded names of individuals by first appearance; collectives get -1', () => {
    expect(table.names).toEqual(['nguyen van an', 'tran thi hoa']);
    expect([...table.nameId]).toEqual([0, -1, 0, 0, 1]);
  });
});
