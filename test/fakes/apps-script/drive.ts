// Fake DriveApp (folders, files, copies, editors) and Blob (Utilities.newBlob). Spreadsheets created or copied
// here are FakeSpreadsheets SpreadsheetApp.openById finds. `clock` lets a test give each slow Drive call a cost
// in simulated time (makeCopy, addEditors), to exercise the add-on's execution time budget.
import { FakeSpreadsheet } from './spreadsheet';

export class FakeClock {
  constructor(public millis = Date.UTC(2026, 4, 1, 1, 0, 0)) {}
  now(): number {
    return this.millis;
  }
  advance(ms: number): void {
    this.millis += ms;
  }
}

/** Simulated cost of Drive calls, in ms (roughly what Apps Script takes). */
export const DRIVE_COSTS = { makeCopy: 1500, addEditors: 800, createFile: 600, create: 1500 } as const;

export class FakeBlob {
  readonly serviceName = 'Blob';
  constructor(
    readonly _bytes: number[],
    private contentType: string | null,
    private name: string | null,
  ) {}
  getBytes(): number[] {
    return [...this._bytes];
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(type: string): this {
    this.contentType = type;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
}

export class FakeDriveUser {
  readonly serviceName = 'DriveUser';
  constructor(readonly _email: string) {}
  getEmail(): string {
    return this._email;
  }
}

/** DriveApp.Access values. */
export const ACCESS = {
  ANYONE: 'ANYONE',
  ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
  DOMAIN: 'DOMAIN',
  DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
  PRIVATE: 'PRIVATE',
} as const;

export type FakeAccess = keyof typeof ACCESS;

export class FakeFile {
  readonly serviceName = 'File';
  _editors: string[] = [];
  _access: FakeAccess = 'PRIVATE';
  _parents: FakeFolder[] = [];
  constructor(
    readonly _drive: FakeDrive,
    readonly _id: string,
    private name: string,
    readonly _mimeType: string,
    readonly _bytes: number[] = [],
  ) {}
  getId(): string {
    return this._id;
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
  getMimeType(): string {
    return this._mimeType;
  }
  getSize(): number {
    return this._bytes.length;
  }
  getUrl(): string {
    return this._mimeType === MIME_SHEETS
      ? `https://docs.google.com/spreadsheets/d/${this._id}/edit`
      : `https://drive.google.com/file/d/${this._id}/view`;
  }
  getEditors(): FakeDriveUser[] {
    return this._editors.map((email) => new FakeDriveUser(email));
  }
  getSharingAccess(): FakeAccess {
    return this._access;
  }
  addEditors(emails: string[]): this {
    this._drive._tick('addEditors');
    for (const email of emails) {
      if (this._drive.refusedEmails.has(email)) throw new Error(`Invalid email: ${email}`);
      if (!this._editors.includes(email)) this._editors.push(email);
    }
    return this;
  }
  addEditor(email: string): this {
    return this.addEditors([email]);
  }
  moveTo(folder: FakeFolder): this {
    this._parents = [folder];
    return this;
  }
  makeCopy(name: string, folder: FakeFolder): FakeFile {
    this._drive._tick('makeCopy');
    const copy = this._drive._add(name, this._mimeType, this._bytes, folder);
    const source = this._drive.spreadsheets.get(this._id);
    if (source) this._drive.spreadsheets.set(copy._id, source._copy(copy._id, name));
    return copy;
  }
  getBlob(): FakeBlob {
    return new FakeBlob(this._bytes, this._mimeType, this.name);
  }
  /** As in Drive, a trashed file is still listed by its folder's iterators (isTrashed tells). */
  setTrashed(trashed: boolean): this {
    this._trashed = trashed;
    return this;
  }
  isTrashed(): boolean {
    return this._trashed;
  }
  _trashed = false;
}

export const MIME_SHEETS = 'application/vnd.google-apps.spreadsheet';

class FakeIterator<T> {
  readonly serviceName = 'Iterator';
  private at = 0;
  constructor(private readonly items: T[]) {}
  hasNext(): boolean {
    return this.at < this.items.length;
  }
  next(): T {
    const item = this.items[this.at++];
    if (item === undefined) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    return item;
  }
}

export class FakeFolder {
  readonly serviceName = 'Folder';
  _access: FakeAccess = 'PRIVATE';
  constructor(
    readonly _drive: FakeDrive,
    readonly _id: string,
    readonly _name: string,
  ) {}
  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._name;
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this._id}`;
  }
  getSharingAccess(): FakeAccess {
    return this._access;
  }
  createFile(blob: FakeBlob): FakeFile {
    this._drive._tick('createFile');
    return this._drive._add(blob.getName() ?? 'Untitled', blob.getContentType() ?? '', blob._bytes, this);
  }
  getFiles(): FakeIterator<FakeFile> {
    return new FakeIterator(this._files());
  }
  getFilesByName(name: string): FakeIterator<FakeFile> {
    return new FakeIterator(this._files().filter((file) => file.getName() === name));
  }
  _files(): FakeFile[] {
    return [...this._drive.files.values()].filter((file) => file._parents.some((p) => p._id === this._id));
  }
}

export class FakeDrive {
  readonly files = new Map<string, FakeFile>();
  readonly folders = new Map<string, FakeFolder>();
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  /** Addresses addEditors refuses (e.g. outside the domain). */
  readonly refusedEmails = new Set<string>();
  private next = 1;
  constructor(readonly clock: FakeClock = new FakeClock()) {}
  _id(prefix: string): string {
    return `${prefix}${String(this.next++).padStart(6, '0')}xyz`;
  }
  _tick(operation: keyof typeof DRIVE_COSTS): void {
    this.clock.advance(DRIVE_COSTS[operation]);
  }
  _add(name: string, mimeType: string, bytes: number[], folder: FakeFolder | null): FakeFile {
    const file = new FakeFile(this, this._id('file'), name, mimeType, bytes);
    if (folder) file._parents.push(folder);
    this.files.set(file._id, file);
    return file;
  }
  /** A new spreadsheet file (SpreadsheetApp.create). */
  _createSpreadsheet(name: string): FakeSpreadsheet {
    this._tick('create');
    const file = this._add(name, MIME_SHEETS, [], null);
    const spreadsheet = new FakeSpreadsheet(name, 'Asia/Ho_Chi_Minh', file._id);
    this.spreadsheets.set(file._id, spreadsheet);
    return spreadsheet;
  }
  _folder(name: string): FakeFolder {
    const folder = new FakeFolder(this, this._id('folder'), name);
    this.folders.set(folder._id, folder);
    return folder;
  }
}

export class FakeDriveApp {
  readonly serviceName = 'DriveApp';
  readonly Access = ACCESS;
  constructor(readonly _drive: FakeDrive) {}
  createFolder(name: string): FakeFolder {
    return this._drive._folder(name);
  }
  getFolderById(id: string): FakeFolder {
    const folder = this._drive.folders.get(id);
    if (!folder) throw new Error(`No item with the given ID could be found: ${id}`);
    return folder;
  }
  getFileById(id: string): FakeFile {
    const file = this._drive.files.get(id);
    if (!file) throw new Error(`No item with the given ID could be found: ${id}`);
    return file;
  }
}
