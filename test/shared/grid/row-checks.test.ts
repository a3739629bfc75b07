import { describe, expect, it } from 'vitest';
import { ProposalIndex } from '../../../shared/eligibility/proposals';
import { SETTERS } from '../../../shared/grid/field-setters';
import { checkRow, type RowCheckSettings } from '../../../shared/grid/row-checks';
import { newRowState } from '../../../shared/grid/row-state';
import type { FieldKey } from '../../../shared/schema/fields';

function settings(overrides: Partial<RowCheckSettings> = {}): RowCheckSettings {
  return {
    kind: 'individual',
    rules: {},
    present: new Set<FieldKey>(['fullName', 'birthYear', 'gender', 'award', 'cccd']),
    columnOf: () => 5,
    requiredFields: ['fullName', 'birthYear', 'gender'],
    achievementsRequired: false,
    achievementLength: { min: 30, max: 2000 },
    evaluationYear: 2026,
    thresholds: {},
    history: [],
    proposals: new ProposalIndex(),
    ...overrides,
  };
}

describe('row checks', () => {
  it('resolve the split birth-year columns into gender, year and date', () => {
    const state = newRowState(8);
    SETTERS.fullName(state, 'Vi Thị Hoa');
    SETTERS.award(state, 'GIAY_KHEN');
    state.splitFemale = { ok: true, year: 1990, date: '1990-05-01' };
    checkRow(state, settings());
    expect(state.data).toMatchObject({ gender: 'female', birthYear: 1990, birthDate: '1990-05-01' });
    expect(state.issues).toEqual([]);
  });

  it('require name, birth year and gender when their columns exist', () => {
    const state = newRowState(8);
    SETTERS.award(state, 'GIAY_KHEN');
    checkRow(state, settings());
    expect(state.issues.map((i) => [i.code, i.field])).toEqual([
      ['required.missing', 'fullName'],
      ['required.missing', 'birthYear'],
      ['required.missing', 'gender'],
    ]);
  });

  it('cross-check CCCD, derive the direct-labourer flag and hold disciplined nominees', () => {
    const state = newRowState(8);
    SETTERS.fullName(state, 'Lò Văn Páo');
    SETTERS.gender(state, 'male');
    SETTERS.birthYear(state, 1985);
    SETTERS.cccd(state, '011186000123');
    SETTERS.award(state, 'GIAY_KHEN');
    SETTERS.socialComposition(state, 'farmer');
    SETTERS.disciplined(state, true);
    checkRow(state, settings());
    expect(state.issues.map((i) => i.code)).toEqual([
      'cccd.genderMismatch',
      'cccd.birthYearMismatch',
      'eligibility.held',
    ]);
    expect(state.data.directLabourer).toBe(true);
  });
});
