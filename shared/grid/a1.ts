// A1 notation helpers (pure): used by the add-on (selecting cells), mail (cell references) and the sheet writer.

export function columnLetter(column: number): string {
  let rest = column;
  let letters = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** "F12", or "12:12" for a whole-row issue (column 0). */
export function cellLabel(row: number, column: number): string {
  return column > 0 ? `${columnLetter(column)}${row}` : `${row}:${row}`;
}
