// The model of one tab of the master spreadsheet: columns (header, width, number format), rows of plain values,
// and status colours (conditional formats on a column). Built by the tab-*.ts modules, turned into Sheets API
// requests by master-sheet-plan.ts. Plain data; no SDK types.

export type SheetValue = string | number | boolean;

/** Sheets API colour, components 0..1. */
export interface Rgb {
  red: number;
  green: number;
  blue: number;
}

export type ColumnFormat = 'text' | 'integer' | 'percent' | 'money' | 'decimal';

export interface ColumnSpec {
  header: string;
  /** Pixels. */
  width: number;
  format?: ColumnFormat;
}

export interface StatusColor {
  /** Exact cell text that gets the colour. */
  text: string;
  color: Rgb;
}

export interface StatusColumn {
  /** 0-based column index. */
  column: number;
  colors: StatusColor[];
}

export interface TabGrid {
  title: string;
  columns: ColumnSpec[];
  rows: SheetValue[][];
  frozenColumns: number;
  statusColumns: StatusColumn[];
}

export const COLORS = {
  green: { red: 0.85, green: 0.94, blue: 0.83 },
  red: { red: 0.96, green: 0.8, blue: 0.8 },
  yellow: { red: 1, green: 0.95, blue: 0.75 },
  orange: { red: 0.99, green: 0.87, blue: 0.7 },
  grey: { red: 0.9, green: 0.9, blue: 0.9 },
  header: { red: 0.81, green: 0.89, blue: 0.95 },
} as const satisfies Record<string, Rgb>;

/** Pads or cuts every row to the column count, so every written range is an exact rectangle. */
export function rectangular(columns: number, rows: SheetValue[][]): SheetValue[][] {
  return rows.map((row) => Array.from({ length: columns }, (_, i) => row[i] ?? ''));
}

/** `share` of `total` as a ratio 0..1 (0 when total is 0), rounded to 4 decimals. */
export function ratio(share: number, total: number): number {
  return total === 0 ? 0 : Math.round((share / total) * 10_000) / 10_000;
}
