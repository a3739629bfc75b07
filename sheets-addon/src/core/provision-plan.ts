// Pure: which units of the "Đơn vị" tab still need their sheet made or shared, and the cells written back.
// The tab is the ledger: a unit with a file id in "Mã tệp" has its sheet; "Chia sẻ" lists whom it was shared with.
import { PROVISION_COLUMNS, unitColumns } from './setup-spec';

export interface UnitSheetRow {
  /** Sheet row in the "Đơn vị" tab. */
  row: number;
  unitId: string;
  name: string;
  editors: string[];
  fileId: string;
  link: string;
  sharedWith: string[];
}

export interface ProvisionColumns {
  unitId: number;
  name: number;
  editors: number;
  link: number;
  sharing: number;
  fileId: number;
}

const SHARED_PREFIX = 'Đã chia sẻ: ';

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

export function splitEmails(cell: unknown): string[] {
  return text(cell)
    .split(/[,;\s]+/)
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '');
}

/** 0-based column indexes by header label; -1 when the tab lacks a column. */
export function provisionColumns(header: unknown[]): ProvisionColumns {
  const labels = header.map(text);
  const [id, name, , editors] = unitColumns();
  const [link, sharing, fileId] = PROVISION_COLUMNS;
  return {
    unitId: labels.indexOf(id?.label ?? ''),
    name: labels.indexOf(name?.label ?? ''),
    editors: labels.indexOf(editors?.label ?? ''),
    link: labels.indexOf(link),
    sharing: labels.indexOf(sharing),
    fileId: labels.indexOf(fileId),
  };
}

export function sharedWithOf(cell: unknown): string[] {
  const value = text(cell);
  return value.startsWith(SHARED_PREFIX) ? splitEmails(value.slice(SHARED_PREFIX.length)) : [];
}

export function sharingText(emails: string[], failed: string[]): string {
  const ok = emails.length > 0 ? `${SHARED_PREFIX}${emails.join(', ')}` : 'Chưa có email người nhập';
  return failed.length > 0 ? `${ok}. Không chia sẻ được: ${failed.join(', ')}` : ok;
}

export function unitSheetRows(values: unknown[][]): UnitSheetRow[] {
  const at = provisionColumns(values[0] ?? []);
  const cell = (row: unknown[], index: number) => (index < 0 ? '' : text(row[index]));
  return values.slice(1).flatMap((row, i) => {
    const unitId = cell(row, at.unitId);
    if (!unitId) return [];
    return [
      {
        row: i + 2,
        unitId,
        name: cell(row, at.name) || unitId,
        editors: at.editors < 0 ? [] : splitEmails(row[at.editors]),
        fileId: cell(row, at.fileId),
        link: cell(row, at.link),
        sharedWith: at.sharing < 0 ? [] : sharedWithOf(row[at.sharing]),
      },
    ];
  });
}

/** Editors not yet given access (all of them for a unit without a sheet). */
export function missingEditors(unit: UnitSheetRow): string[] {
  return unit.editors.filter((e) => !unit.sharedWith.includes(e));
}

export function needsWork(unit: UnitSheetRow): boolean {
  return unit.fileId === '' || missingEditors(unit).length > 0;
}

/** The name of a unit's sheet; also how a copy made by an interrupted execution is found again. */
export function unitSheetName(campaignId: string, unit: { unitId: string; name: string }): string {
  return `${unit.name} – danh sách đề nghị – ${campaignId} [${unit.unitId}]`;
}
