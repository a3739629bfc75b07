import { describe, expect, it } from 'vitest';
import { fieldReader, type ReaderSettings, roleReader } from '../../../shared/grid/column-readers';
import { newRowState } from '../../../shared/grid/row-state';
import { fieldSpec } from '../../../shared/schema/fields';
import { MOVEMENTS } from '../../../shared/vocab/movements';

const settings: ReaderSettings = {
  currentYear: 2026,
  birthRange: { min: 1900, max: 2026 },
  priorAwardRange: { min: 1945, max: 2026 },
  movements: MOVEMENTS,
};

function read(key: string, cells: unknown[]) {
  const spec = fieldSpec(key);
  if (spec === undefined) throw new Error(key);
  const reader = fieldReader(spec, 4, settings);
  return cells.map((cell) => {
    const state = newRowState(9);
    reader(cell, state);
    return { data: state.data, codes: state.issues.map((i) => i.code) };
  });
}

describe('column readers', () => {
  it('cache repeated values without changing results', () => {
    const [a, b, c] = read('ethnicity', ['Tày', 'Tày', 'Mán']);
    expect(a).toEqual({ data: { ethnicity: '02' }, codes: [] });
    expect(b).toEqual(a);
    expect(c).toEqual({ data: {}, codes: ['ethnicity.ambiguous'] });
  });

  it('keep the written text of levels and warn on unknown ones', () => {
    expect(read('education', ['Thạc sĩ Luật', 'Kỹ thuật viên'])).toEqual([
      { data: { educationText: 'Thạc sĩ Luật', education: 'master' }, codes: [] },
      { data: { educationText: 'Kỹ thuật viên' }, codes: ['level.unrecognised'] },
    ]);
  });

  it('read booleans, counts and years from any cell type', () => {
    expect(
      read('partyMember', ['x', 'Đảng viên', true, 0, 'hmm']).map((r) => r.data.partyMember ?? r.codes[0]),
    ).toEqual([true, true, true, false, 'boolean.invalid']);
    expect(read('initiatives', [2, '3', -1]).map((r) => r.data.initiatives ?? r.codes[0])).toEqual([
      2,
      3,
      'number.invalid',
    ]);
    expect(read('priorAwardYear', [2020, '1930']).map((r) => r.data.priorAwardYear ?? r.codes[0])).toEqual([
      2020,
      'year.outOfRange',
    ]);
  });

  it('keep unknown movements as text with a warning', () => {
    expect(read('movement', ['Xóa nhà tạm', 'Phong trào riêng'])).toEqual([
      { data: { movement: 'XOA_NHA_TAM' }, codes: [] },
      { data: { movement: 'Phong trào riêng' }, codes: ['movement.unknown'] },
    ]);
  });

  it('split combined position and workplace cells', () => {
    const reader = roleReader(
      { role: 'combined', id: 'positionWorkplace', fields: ['position', 'workplace'] },
      3,
      settings,
    );
    const state = newRowState(9);
    reader?.('Phó Giám đốc; Sở Y tế', state);
    expect(state.data).toEqual({ position: 'Phó Giám đốc', workplace: 'Sở Y tế' });
    expect(roleReader({ role: 'seq' }, 1, settings)).toBeUndefined();
  });
});
