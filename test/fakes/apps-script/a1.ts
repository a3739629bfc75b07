// A1 notation for the fakes (independent of the add-on's own helper, so tests do not check code against itself).

export function letters(column: number): string {
  let result = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    result = String.fromCharCode(65 + ((n - 1) % 26)) + result;
  return result;
}

function columnNumber(text: string): number {
  return [...text.toUpperCase()].reduce((sum, ch) => sum * 26 + (ch.charCodeAt(0) - 64), 0);
}

export interface A1Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export function parseA1(a1: string): A1Box {
  const match = /^([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?$/.exec(a1.replace(/^.*!/, '').replace(/\$/g, ''));
  if (!match) throw new Error(`Range not found: ${a1}`);
  const row = Number(match[2]);
  const column = columnNumber(match[1] ?? 'A');
  const endRow = match[4] ? Number(match[4]) : row;
  const endColumn = match[3] ? columnNumber(match[3]) : column;
  return { row, column, rows: endRow - row + 1, columns: endColumn - column + 1 };
}

export function formatA1(box: A1Box): string {
  const start = `${letters(box.column)}${box.row}`;
  if (box.rows === 1 && box.columns === 1) return start;
  return `${start}:${letters(box.column + box.columns - 1)}${box.row + box.rows - 1}`;
}
