// Pure: the client-side pre-check with the shared validateGrid (same source as the server), used when the
// server cannot be reached, so the unit still sees its format errors painted.
import type { GridInput, Summary } from '../../../shared/api/grid';
import type { Grid, Issue, NominationKind } from '../../../shared/grid/types';
import { validateGrid } from '../../../shared/grid/validate-grid';

function toGrid(input: GridInput): Grid {
  const grid: Grid = { header: input.header, rows: input.rows, firstRow: input.firstRow };
  if (input.firstColumn !== undefined) grid.firstColumn = input.firstColumn;
  if (input.sheetName !== undefined) grid.sheetName = input.sheetName;
  return grid;
}

export function localCheck(kind: NominationKind, grid: GridInput): { issues: Issue[]; summary: Summary } {
  const result = validateGrid(toGrid(grid), { kind });
  return { issues: result.issues, summary: result.summary };
}

/** Errors after which a local pre-check is still useful (the server was not reached or failed). */
export const OFFLINE_CODES = new Set(['NETWORK', 'SERVER', 'NOT_FOUND']);
