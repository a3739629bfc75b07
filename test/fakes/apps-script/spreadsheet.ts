// Recording-capable fakes of SpreadsheetApp, Spreadsheet, Sheet, Range, Protection and data validation.
// They keep the state the add-on writes (values, notes, backgrounds, number formats, validations, protections,
// frozen rows, widths, hidden tabs, active cell) so tests assert on the resulting sheet, not on calls alone.
import { type A1Box, formatA1, parseA1 } from './a1';
import type { FakeUi } from './ui';

type Grid<T> = T[][];

export class FakeDataValidation {
  readonly serviceName = 'DataValidation';
  constructor(
    readonly criteria: string,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType(): string {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.values;
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
}

export class FakeDataValidationBuilder {
  readonly serviceName = 'DataValidationBuilder';
  private criteria = '';
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';
  requireValueInList(values: string[], showDropdown = true): this {
    this.criteria = 'VALUE_IN_LIST';
    this.values = [values, showDropdown];
    return this;
  }
  requireValueInRange(range: FakeRange, showDropdown = true): this {
    this.criteria = 'VALUE_IN_RANGE';
    this.values = [range, showDropdown];
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }
  build(): FakeDataValidation {
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}

export class FakeProtection {
  readonly serviceName = 'Protection';
  description = '';
  warningOnly = false;
  removed = false;
  constructor(
    readonly sheet: FakeSheet,
    readonly box: A1Box | null,
  ) {}
  setDescription(text: string): this {
    this.description = text;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setWarningOnly(value: boolean): this {
    this.warningOnly = value;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  getRange(): FakeRange | null {
    return this.box ? new FakeRange(this.sheet, this.box) : null;
  }
  getProtectionType(): string {
    return this.box ? 'RANGE' : 'SHEET';
  }
  remove(): void {
    this.removed = true;
    this.sheet._protections = this.sheet._protections.filter((p) => p !== this);
  }
}

/** A run of a rich text cell: its text and, for a link or a smart chip, the URL it points at. */
export interface FakeRun {
  text: string;
  link?: string;
}

/**
 * RichTextValue: getRuns() splits the text into runs of equal style (here: equal link); getLinkUrl() is the link of
 * the whole value, null when it has none or its runs differ. A Drive smart chip is a run whose text is the file's
 * title and whose link is the file's URL (getValues() returns only the title).
 */
export class FakeRichTextValue {
  readonly serviceName = 'RichTextValue';
  constructor(
    readonly _runs: readonly FakeRun[],
    readonly _start = 0,
  ) {}
  getText(): string {
    return this._runs.map((r) => r.text).join('');
  }
  getStartIndex(): number {
    return this._start;
  }
  getEndIndex(): number {
    return this._start + this.getText().length;
  }
  getRuns(): FakeRichTextValue[] {
    let at = this._start;
    return this._runs
      .filter((r) => r.text !== '')
      .map((r) => {
        const run = new FakeRichTextValue([r], at);
        at += r.text.length;
        return run;
      });
  }
  getLinkUrl(): string | null {
    const links = new Set(this._runs.filter((r) => r.text !== '').map((r) => r.link ?? null));
    return links.size === 1 ? ([...links][0] ?? null) : null;
  }
}

function matrix<T>(rows: number, columns: number, make: () => T): Grid<T> {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, make));
}

export class FakeSheet {
  readonly serviceName = 'Sheet';
  _values: Grid<unknown> = [];
  _notes: Grid<string> = [];
  _backgrounds: Grid<string | null> = [];
  _formats: Grid<string> = [];
  _fontWeights: Grid<string> = [];
  _validations: Grid<FakeDataValidation | null> = [];
  _richTexts: Grid<FakeRichTextValue | null> = [];
  /** Cells (A1) given a string starting with "=" while not plain-text formatted: Sheets makes them formulas. */
  _formulas: string[] = [];
  _protections: FakeProtection[] = [];
  _frozenRows = 0;
  _hidden = false;
  _widths = new Map<number, number>();
  _activeRange: A1Box | null = null;
  constructor(
    readonly _parent: FakeSpreadsheet,
    private name: string,
    readonly _id: number,
    public _maxRows = 1000,
    public _maxColumns = 26,
  ) {}

  _ensure(rows: number, columns: number): void {
    this._maxRows = Math.max(this._maxRows, rows);
    this._maxColumns = Math.max(this._maxColumns, columns);
  }
  _cell<T>(grid: Grid<T>, row: number, column: number, empty: T): T {
    return grid[row - 1]?.[column - 1] ?? empty;
  }
  _put<T>(grid: Grid<T>, row: number, column: number, value: T): void {
    while (grid.length < row) grid.push([]);
    const line = grid[row - 1] as T[];
    line[column - 1] = value;
  }
  /** Test helper: writes values starting at A1, growing the sheet as a user pasting would. */
  _fill(values: unknown[][], firstRow = 1): void {
    this._ensure(firstRow + values.length - 1, Math.max(...values.map((r) => r.length), 1));
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        this._put(this._values, firstRow + r, c + 1, value);
      });
    });
  }

  /** Test helper: a cell with links or smart chips, as a user pasting Drive links makes it (value: the text). */
  _richCell(row: number, column: number, runs: FakeRun[]): void {
    const rich = new FakeRichTextValue(runs);
    this._ensure(row, column);
    this._put(this._values, row, column, rich.getText());
    this._put(this._richTexts, row, column, rich);
  }

  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
  getSheetId(): number {
    return this._id;
  }
  getParent(): FakeSpreadsheet {
    return this._parent;
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxColumns;
  }
  getLastRow(): number {
    let last = 0;
    this._values.forEach((line, i) => {
      if (line.some((v) => v !== '' && v !== undefined && v !== null)) last = i + 1;
    });
    return last;
  }
  getLastColumn(): number {
    let last = 0;
    for (const line of this._values)
      line.forEach((v, i) => {
        if (v !== '' && v !== undefined && v !== null) last = Math.max(last, i + 1);
      });
    return last;
  }
  getRange(a: number | string, column?: number, rows?: number, columns?: number): FakeRange {
    const box =
      typeof a === 'string'
        ? parseA1(a)
        : { row: a, column: column ?? 1, rows: rows ?? 1, columns: columns ?? 1 };
    if (box.row < 1 || box.column < 1 || box.rows < 1 || box.columns < 1)
      throw new Error('The coordinates or dimensions of the range are invalid.');
    if (box.row + box.rows - 1 > this._maxRows || box.column + box.columns - 1 > this._maxColumns)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this, box);
  }
  getDataRange(): FakeRange {
    return new FakeRange(this, {
      row: 1,
      column: 1,
      rows: Math.max(this.getLastRow(), 1),
      columns: Math.max(this.getLastColumn(), 1),
    });
  }
  insertRowsAfter(_after: number, count: number): this {
    this._maxRows += count;
    return this;
  }
  insertColumnsAfter(_after: number, count: number): this {
    this._maxColumns += count;
    return this;
  }
  setFrozenRows(rows: number): void {
    this._frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setColumnWidth(column: number, width: number): this {
    this._widths.set(column, width);
    return this;
  }
  setColumnWidths(start: number, count: number, width: number): this {
    for (let i = 0; i < count; i++) this._widths.set(start + i, width);
    return this;
  }
  getColumnWidth(column: number): number {
    return this._widths.get(column) ?? 100;
  }
  hideSheet(): this {
    this._hidden = true;
    return this;
  }
  showSheet(): this {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  protect(): FakeProtection {
    const protection = new FakeProtection(this, null);
    this._protections.push(protection);
    return protection;
  }
  getProtections(type: string): FakeProtection[] {
    return this._protections.filter((p) => p.getProtectionType() === String(type));
  }
  activate(): this {
    this._parent._active = this;
    return this;
  }
  setActiveRange(range: FakeRange): FakeRange {
    this._activeRange = range._box;
    return range;
  }
  getActiveRange(): FakeRange | null {
    return this._activeRange ? new FakeRange(this, this._activeRange) : null;
  }
  clearContents(): this {
    this._values = [];
    return this;
  }
  setTabColor(_color: string): this {
    return this;
  }
}

export class FakeRange {
  readonly serviceName = 'Range';
  constructor(
    readonly _sheet: FakeSheet,
    readonly _box: A1Box,
  ) {}

  private read<T>(grid: Grid<T>, empty: T): T[][] {
    const { row, column, rows, columns } = this._box;
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => this._sheet._cell(grid, row + r, column + c, empty)),
    );
  }
  private write<T>(grid: Grid<T>, values: T[][], what: string): this {
    const { row, column, rows, columns } = this._box;
    if (values.length !== rows || values.some((line) => line.length !== columns))
      throw new Error(
        `The number of rows or columns in the ${what} does not match the range (${rows}x${columns} expected).`,
      );
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        this._sheet._put(grid, row + r, column + c, value);
      });
    });
    return this;
  }
  private fillAll<T>(grid: Grid<T>, value: T): this {
    const { rows, columns } = this._box;
    return this.write(
      grid,
      matrix(rows, columns, () => value),
      'data',
    );
  }

  getRow(): number {
    return this._box.row;
  }
  getColumn(): number {
    return this._box.column;
  }
  getNumRows(): number {
    return this._box.rows;
  }
  getNumColumns(): number {
    return this._box.columns;
  }
  getLastRow(): number {
    return this._box.row + this._box.rows - 1;
  }
  getLastColumn(): number {
    return this._box.column + this._box.columns - 1;
  }
  getSheet(): FakeSheet {
    return this._sheet;
  }
  getA1Notation(): string {
    return formatA1(this._box);
  }
  getValues(): unknown[][] {
    return this.read(this._sheet._values, '');
  }
  getValue(): unknown {
    return this._sheet._cell(this._sheet._values, this._box.row, this._box.column, '');
  }
  /** Null for a cell whose value is not text (number, date, boolean), as Sheets answers. */
  getRichTextValues(): (FakeRichTextValue | null)[][] {
    const values = this.getValues();
    return this.read(this._sheet._richTexts, null).map((line, r) =>
      line.map((rich, c) => {
        const value = values[r]?.[c];
        if (typeof value !== 'string') return null;
        return rich && rich.getText() === value
          ? rich
          : new FakeRichTextValue(value === '' ? [] : [{ text: value }]);
      }),
    );
  }
  getDisplayValues(): string[][] {
    return this.getValues().map((line) => line.map((v) => String(v)));
  }
  setValues(values: unknown[][]): this {
    const formats = this.getNumberFormats();
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        if (typeof value === 'string' && value.startsWith('=') && formats[r]?.[c] !== '@')
          this._sheet._formulas.push(
            formatA1({ row: this._box.row + r, column: this._box.column + c, rows: 1, columns: 1 }),
          );
      });
    });
    return this.write(this._sheet._values, values, 'data');
  }
  setValue(value: unknown): this {
    return this.fillAll(this._sheet._values, value);
  }
  clearContent(): this {
    return this.fillAll(this._sheet._values, '');
  }
  getNotes(): string[][] {
    return this.read(this._sheet._notes, '');
  }
  setNotes(notes: string[][]): this {
    return this.write(this._sheet._notes, notes, 'notes');
  }
  setNote(note: string): this {
    return this.fillAll(this._sheet._notes, note);
  }
  getBackgrounds(): (string | null)[][] {
    return this.read(this._sheet._backgrounds, null);
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.write(this._sheet._backgrounds, colors, 'colors');
  }
  setBackground(color: string | null): this {
    return this.fillAll(this._sheet._backgrounds, color);
  }
  getNumberFormats(): string[][] {
    return this.read(this._sheet._formats, 'General');
  }
  setNumberFormat(format: string): this {
    return this.fillAll(this._sheet._formats, format);
  }
  getFontWeights(): string[][] {
    return this.read(this._sheet._fontWeights, 'normal');
  }
  setFontWeight(weight: string): this {
    return this.fillAll(this._sheet._fontWeights, weight);
  }
  setWrap(_wrap: boolean): this {
    return this;
  }
  setVerticalAlignment(_value: string): this {
    return this;
  }
  setHorizontalAlignment(_value: string): this {
    return this;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.read(this._sheet._validations, null);
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    return this.fillAll(this._sheet._validations, rule);
  }
  clearDataValidations(): this {
    return this.fillAll(this._sheet._validations, null);
  }
  protect(): FakeProtection {
    const protection = new FakeProtection(this._sheet, this._box);
    this._sheet._protections.push(protection);
    return protection;
  }
  activate(): this {
    this._sheet._parent._active = this._sheet;
    this._sheet._activeRange = this._box;
    return this;
  }
}

export class FakeSpreadsheet {
  readonly serviceName = 'Spreadsheet';
  _sheets: FakeSheet[] = [];
  _active: FakeSheet | null = null;
  _toasts: { message: string; title: string }[] = [];
  private nextId = 1;
  constructor(
    readonly _name = 'Danh sách điển hình tiên tiến',
    readonly _timeZone = 'Asia/Ho_Chi_Minh',
    readonly _id = 'fake-spreadsheet-id',
  ) {}

  getName(): string {
    return this._name;
  }
  getId(): string {
    return this._id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  /** Test helper: a copy (Drive makeCopy) with the same tabs and values. */
  _copy(id: string, name: string): FakeSpreadsheet {
    const copy = new FakeSpreadsheet(name, this._timeZone, id);
    for (const sheet of this._sheets) {
      const tab = copy.insertSheet(sheet.getName());
      tab._fill(sheet._values.map((r) => [...r]));
      if (sheet._hidden) tab._hidden = true;
    }
    copy._active = null;
    return copy;
  }
  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  getSheets(): FakeSheet[] {
    return [...this._sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    return this._sheets.find((s) => s.getName() === name) ?? null;
  }
  insertSheet(name: string, index?: number): FakeSheet {
    if (this.getSheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new FakeSheet(this, name, this.nextId++);
    this._sheets.splice(index ?? this._sheets.length, 0, sheet);
    this._active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this._sheets = this._sheets.filter((s) => s !== sheet);
  }
  getActiveSheet(): FakeSheet {
    const sheet = this._active ?? this._sheets[0];
    if (!sheet) throw new Error('No sheet');
    return sheet;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this._active = sheet;
    return sheet;
  }
  toast(message: string, title = '', _seconds?: number): void {
    this._toasts.push({ message, title });
  }
  /** Test helper: the raw sheet (not recorded). */
  _sheet(name: string): FakeSheet {
    const sheet = this.getSheetByName(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }
}

export class FakeSpreadsheetApp {
  readonly serviceName = 'SpreadsheetApp';
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
  readonly DataValidationCriteria = {
    VALUE_IN_LIST: 'VALUE_IN_LIST',
    VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  } as const;
  readonly WrapStrategy = { WRAP: 'WRAP', CLIP: 'CLIP', OVERFLOW: 'OVERFLOW' } as const;
  constructor(
    readonly _spreadsheet: FakeSpreadsheet,
    readonly _ui: FakeUi,
    readonly _files: {
      spreadsheets: Map<string, FakeSpreadsheet>;
      _createSpreadsheet(name: string): FakeSpreadsheet;
    } | null = null,
  ) {}
  create(name: string): FakeSpreadsheet {
    if (!this._files) throw new Error('SpreadsheetApp.create is not available in this test');
    return this._files._createSpreadsheet(name);
  }
  openById(id: string): FakeSpreadsheet {
    const found = id === this._spreadsheet.getId() ? this._spreadsheet : this._files?.spreadsheets.get(id);
    if (!found) throw new Error(`Unexpected error while getting the method or property openById: ${id}`);
    return found;
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this._spreadsheet;
  }
  getActiveSheet(): FakeSheet {
    return this._spreadsheet.getActiveSheet();
  }
  getUi(): FakeUi {
    return this._ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
  flush(): void {}
}
