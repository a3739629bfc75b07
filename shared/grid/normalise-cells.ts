// The one normalisation of a row's raw cells before they are read, with a warning at each cell it changes:
// - text that decodes as a legacy Vietnamese encoding (TCVN3, VNI, UTF-8 read as Latin-1) is converted, the
//   warning showing the converted value (the add-on's "convert in place" uses convertLegacyGrid);
// - lone surrogates, NUL and other control characters are replaced or removed (sanitizeText).
// Only mapped columns are normalised (unmapped columns are not read). The caller's row is never changed: a row
// with a changed cell is copied.
import type { IssueCode, IssueParams } from '../issues';
import { legacyCellFix, looksLegacy } from '../text/legacy-encoding';
import { hasUnsafeChars, sanitizeText } from '../text/sanitize';
import type { HeaderMap } from './header-map';
import { addIssue, type RowState } from './row-state';

const ENCODING_NAMES = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI', 'utf8-as-latin1': 'UTF-8 bị đọc nhầm' } as const;

interface Target {
  index: number;
  column: number;
  field: string;
  label: string;
}

interface Fix {
  text: string;
  issues: { code: IssueCode; params: IssueParams }[];
}

const NO_FIX: Fix = { text: '', issues: [] };
const CACHE_LIMIT = 5000;

export class CellNormaliser {
  private readonly targets: Target[];
  private readonly cache = new Map<string, Fix>();

  constructor(map: HeaderMap, firstColumn: number) {
    this.targets = map.columns
      .filter((c) => c.role.role !== 'seq')
      .map((c) => ({
        index: c.index,
        column: firstColumn + c.index,
        field: fieldOf(c.role),
        label: c.header,
      }));
  }

  /** The row with its text cells normalised (the same array when nothing changed); issues go to the state. */
  normalise(cells: readonly unknown[], state: RowState): readonly unknown[] {
    let out: unknown[] | undefined;
    for (const t of this.targets) {
      const cell = cells[t.index];
      if (typeof cell !== 'string' || cell === '' || !suspicious(cell)) continue;
      const fix = this.fixOf(cell);
      if (fix === NO_FIX) continue;
      out ??= [...cells];
      out[t.index] = fix.text;
      for (const i of fix.issues) addIssue(state, i.code, t.column, t.field, { label: t.label, ...i.params });
    }
    return out ?? cells;
  }

  private fixOf(cell: string): Fix {
    const hit = this.cache.get(cell);
    if (hit !== undefined) return hit;
    const fix = computeFix(cell);
    if (this.cache.size < CACHE_LIMIT) this.cache.set(cell, fix);
    return fix;
  }
}

/** Cheap pre-check (two regex tests, no allocation): clean cells, nearly all of them, stop here. */
function suspicious(cell: string): boolean {
  return hasUnsafeChars(cell) || looksLegacy(cell.length > 400 ? cell.slice(0, 400) : cell);
}

function computeFix(cell: string): Fix {
  const issues: Fix['issues'] = [];
  let text = cell;
  const legacy = legacyCellFix(text);
  if (legacy !== undefined) {
    text = legacy.converted;
    const encoding = ENCODING_NAMES[legacy.encoding];
    issues.push({ code: 'text.legacyEncoding', params: { value: cell, converted: text, encoding } });
  }
  const clean = sanitizeText(text);
  if (clean !== text) {
    text = clean;
    issues.push({ code: 'text.controlChars', params: {} });
  }
  return issues.length === 0 ? NO_FIX : { text, issues };
}

function fieldOf(role: HeaderMap['columns'][number]['role']): string {
  switch (role.role) {
    case 'field':
      return role.field.key;
    case 'combined':
      return role.fields[0] ?? '';
    case 'splitBirth':
      return 'birthYear';
    case 'seq':
      return '';
  }
}
