import { describe, expect, it } from 'vitest';
import { SETTERS, setterFor } from '../../../shared/grid/field-setters';
import { newRowState } from '../../../shared/grid/row-state';
import { FIELDS } from '../../../shared/schema/fields';

describe('field setters', () => {
  it('has a setter for every field key, storing under that key only', () => {
    for (const { key } of FIELDS) {
      const state = newRowState(1);
      SETTERS[key](state, 'v');
      expect(state.data).toEqual({ [key]: 'v' });
    }
  });

  it('keeps the row facts in step with the data', () => {
    const state = newRowState(1);
    SETTERS.cccd(state, '020085001234');
    SETTERS.notes(state, 'ghi chú');
    expect(state.f.cccd).toBe('020085001234');
    expect(Object.keys(state.f)).not.toContain('notes');
    setterFor('educationText')(state, 'Cử nhân');
    setterFor('somethingElse')(state, 1);
    expect(state.data).toEqual({
      cccd: '020085001234',
      notes: 'ghi chú',
      educationText: 'Cử nhân',
      somethingElse: 1,
    });
  });
});
