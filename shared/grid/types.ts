// The grid contract: what a spreadsheet gives (Range.getValues()), what every entry point (add-on, xlsx import,
// HTTP API) passes to validateGrid, and what comes back. Coordinates are sheet coordinates (1-based).

/** A cell as a spreadsheet or an xlsx reader hands it over: anything, validated by the schema. */
export type Cell = unknown;

export interface Grid {
  /** Header row(s) as they stand above the data. Two rows when a header is split ("Năm sinh" over "Nam" / "Nữ"). */
  header: string[][] | string[];
  /** Data rows, in sheet order, starting at `firstRow`. */
  rows: Cell[][];
  /** Sheet row number (1-based) of rows[0]. */
  firstRow: number;
  /** Sheet column number (1-based) of the first header/data column; default 1. */
  firstColumn?: number;
  /** Tab name, used in cell references such as "Cá nhân!F12". */
  sheetName?: string;
}

export type Severity = 'error' | 'warning';

export type NominationKind = 'individual' | 'collective';

export interface Issue {
  /** Sheet row (1-based); the header row for header issues. */
  row: number;
  /** Sheet column (1-based); 0 when the issue concerns the whole row. */
  column: number;
  /** Schema field key ("cccd", "fullName"…), or "" for a row- or sheet-level issue. */
  field: string;
  /** Stable issue code, one of ISSUE_CODES in shared/issues.ts. */
  code: string;
  severity: Severity;
  /** Vietnamese, NFC, tells the unit how to fix it. */
  message: string;
}
