import { describe, expect, it } from 'vitest';
import { SETTERS } from '../../../shared/grid/field-setters';
import { addIssue, newRowState, resetRowState, touched } from '../../../shared/grid/row-state';

describe('row state', () => {
  it('records issues at the row and knows which fields were touched', () => {
    const state = newRowState(12);
    SETTERS.fullName(state, 'Lê Văn Tám');
    addIssue(state, 'cccd.format', 7, 'cccd', { value: '1', digits: 1 });
    expect(state.issues[0]).toMatchObject({ row: 12, column: 7, field: 'cccd', severity: 'error' });
    expect(touched(state, 'fullName')).toBe(true);
    expect(touched(state, 'cccd')).toBe(true);
    expect(touched(state, 'email')).toBe(false);
  });

  it('resets everything for the next row without touching the previous data object', () => {
    const state = newRowState(1);
    SETTERS.cccd(state, '020085001234');
    const previous = state.data;
    resetRowState(state, 2);
    expect(state).toMatchObject({ sheetRow: 2, data: {}, issues: [], dateYear: undefined });
    expect(state.f.cccd).toBeUndefined();
    expect(previous).toEqual({ cccd: '020085001234' });
  });
});
