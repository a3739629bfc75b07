// Pure: where each template column goes in an existing header row. Existing columns are found by label or alias
// (ignoring case, diacritics and spacing) and keep their position, so re-running the template never moves data;
// missing columns are appended after the last used column; labels are set to the canonical text.
import { matchKey } from '../../../shared/text/normalize';
import type { TemplateColumnSpec } from './template-spec';

export interface HeaderPlan {
  /** The full header row to write (existing extra columns kept as they are). */
  header: string[];
  /** 1-based sheet column of each template column, in template order. */
  positions: number[];
  appended: number;
}

function findColumn(existing: string[], names: string[], taken: Set<number>): number {
  const keys = new Set(names.map(matchKey));
  return existing.findIndex((cell, i) => !taken.has(i) && cell.trim() !== '' && keys.has(matchKey(cell)));
}

export function planHeader(existing: string[], columns: TemplateColumnSpec[]): HeaderPlan {
  const header = existing.map((cell) => String(cell));
  while (header.length > 0 && header[header.length - 1]?.trim() === '') header.pop();
  const taken = new Set<number>();
  const positions: number[] = [];
  let appended = 0;
  for (const column of columns) {
    let index = findColumn(header, column.names, taken);
    if (index < 0) {
      index = header.length;
      header.push(column.label);
      appended++;
    }
    header[index] = column.label;
    taken.add(index);
    positions.push(index + 1);
  }
  return { header, positions, appended };
}
