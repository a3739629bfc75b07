import { describe, expect, it } from 'vitest';
import { buildMatchTable } from '../../../shared/consolidation/match-table';
import {
  buildNameForms,
  type NameForms,
  sameYearForms,
  unknownYearForm,
} from '../../../shared/consolidation/name-forms';
import type { NomineeFields } from '../../../shared/consolidation/types';
import { NONE } from '../../../shared/consolidation/value-ids';

function index(people: NomineeFields[]): NameForms {
  const table = buildMatchTable(people.map((data) => ({ kind: 'individual' as const, data })));
  return buildNameForms(table, Int32Array.from(people.keys()));
}

function formsOf(forms: NameForms, name: number): Array<{ year: number; rows: number[] }> {
  const out: Array<{ year: number; rows: number[] }> = [];
  for (let f = forms.nameFormStart[name] ?? 0; f < (forms.nameFormStart[name + 1] ?? 0); f++) {
    const rows = forms.formRows.subarray(forms.formRowStart[f], forms.formRowStart[f + 1]);
    out.push({ year: forms.formYear[f] ?? -1, rows: [...rows] });
  }
  return out;
}

describe('buildNameForms', () => {
  const forms = index([
    { fullName: 'Nguyễn Văn An', birthYear: 1981 },
    { fullName: 'Trần Thị Hoa', birthYear: 1990, birthDate: '1990-05-06', workplace: 'Sở Y tế' },
    { fullName: 'Nguyen Van An', birthYear: 1980 },
    { fullName: 'Nguyễn Văn An' },
    { fullName: 'NGUYỄN VĂN AN', birthDate: '1981-01-02', workplace: 'SỞ Y TẾ' },
    { fullName: 'Trần Thị Hoa', birthDate: 'ngày 6/5/1990' },
  ]);

  it('numbers folded names by first appearance and cuts each into forms by year, unknown year first', () => {
    expect(forms.names).toEqual(['nguyen van an', 'tran thi hoa']);
    expect(formsOf(forms, 0)).toEqual([
      { year: 0, rows: [3] },
      { year: 1980, rows: [2] },
      { year: 1981, rows: [0, 4] },
    ]);
    expect(formsOf(forms, 1)).toEqual([
      { year: 0, rows: [5] },
      { year: 1990, rows: [1] },
    ]);
  });

  it('gives equal ids to equal birth dates and to workplaces that differ only in case', () => {
    expect(forms.dateId[1]).toBe(19900506);
    expect(forms.dateId[0]).toBe(NONE);
    expect(forms.dateId[5]).toBeLessThan(NONE);
    expect(forms.workId[1]).toBe(forms.workId[4]);
    expect(forms.workId[1]).not.toBe(NONE);
    expect(forms.workId[2]).toBe(NONE);
  });

  it('joins two names on their known years and finds the form without year', () => {
    const pairs: Array<[number, number]> = [];
    sameYearForms(forms, 0, 0, (f, g) => pairs.push([f, g]));
    expect(pairs).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(unknownYearForm(forms, 0)).toBe(0);
    const noUnknown = index([{ fullName: 'Lê Hoa', birthYear: 1990 }]);
    expect(unknownYearForm(noUnknown, 0)).toBe(-1);
  });
});
