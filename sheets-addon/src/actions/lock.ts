// "Khóa danh sách đơn vị" / "Mở lại danh sách đơn vị": lockUnit on the unit of the selected row, either in the
// units tab ("Mã đơn vị") or in the "Tổng hợp" tab ("Đơn vị đề nghị", matched by name against the campaign's
// units), after a confirmation. The lock state is written into the units tab's "Khóa danh sách" column.
import { lockUnit } from '../api/board-api';
import { campaignStatus } from '../api/unit-api';
import { AddonError } from '../core/errors';
import { SETUP_TABS } from '../core/setup-spec';
import { readSettings, requireConnection } from '../settings/document-settings';
import { activeSpreadsheet } from '../sheet/spreadsheet';
import { alertUser, confirmUser } from '../ui/dialogs';

const MASTER_TAB = 'Tổng hợp';
const LOCK_COLUMN = 'Khóa danh sách';
const NO_UNIT =
  'Hãy chọn một dòng của đơn vị trong trang “Đơn vị” hoặc trong trang “Tổng hợp” rồi chọn lại mục này.';

type Action = 'lock' | 'reopen';

const TITLES: Record<Action, string> = {
  lock: 'Khóa danh sách đơn vị',
  reopen: 'Mở lại danh sách đơn vị',
};

interface Selected {
  unitId: string;
  name: string;
}

const cellText = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).trim();

function selectedRow(): { tab: string; header: string[]; row: unknown[] } | null {
  const sheet = activeSpreadsheet().getActiveSheet();
  const range = sheet.getActiveRange();
  const at = range ? range.getRow() : 0;
  if (at < 2) return null;
  const width = Math.max(1, sheet.getLastColumn());
  const header = sheet.getRange(1, 1, 1, width).getValues()[0]?.map(cellText) ?? [];
  return { tab: sheet.getName(), header, row: sheet.getRange(at, 1, 1, width).getValues()[0] ?? [] };
}

function selectedUnit(units: { unitId: string; name: string }[]): Selected {
  const picked = selectedRow();
  if (!picked) throw new AddonError('NO_UNIT_SELECTED', NO_UNIT);
  let found: { unitId: string; name: string } | undefined;
  if (picked.tab === SETUP_TABS.units) {
    const id = cellText(picked.row[picked.header.indexOf('Mã đơn vị')]);
    found = units.find((u) => u.unitId === id);
  } else if (picked.tab === MASTER_TAB) {
    const names = cellText(picked.row[picked.header.indexOf('Đơn vị đề nghị')]);
    const matches = units.filter((u) => names.split(/\s*[;\n]\s*/).includes(u.name));
    if (matches.length === 1) found = matches[0];
  }
  if (!found) throw new AddonError('NO_UNIT_SELECTED', NO_UNIT);
  return { unitId: found.unitId, name: found.name };
}

function writeLockCell(unitId: string, text: string): void {
  const sheet = activeSpreadsheet().getSheetByName(SETUP_TABS.units);
  if (!sheet) return;
  const values = sheet.getDataRange().getValues();
  const header = (values[0] ?? []).map(cellText);
  let column = header.indexOf(LOCK_COLUMN);
  if (column < 0) {
    column = header.length;
    if (column + 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    sheet
      .getRange(1, column + 1)
      .setValue(LOCK_COLUMN)
      .setFontWeight('bold');
  }
  const idColumn = header.indexOf('Mã đơn vị');
  const index = values.findIndex((row, i) => i > 0 && cellText(row[idColumn]) === unitId);
  if (index > 0) sheet.getRange(index + 1, column + 1).setValue(text);
}

export function changeUnitLock(action: Action): { unitId: string; locked: boolean } | null {
  const connection = requireConnection(readSettings());
  const { status } = campaignStatus(connection);
  const unit = selectedUnit(status.units);
  const question =
    action === 'lock'
      ? `Khóa danh sách đã được chấp nhận của “${unit.name}”? Sau khi khóa, đơn vị không nộp thêm được.`
      : `Mở lại danh sách của “${unit.name}” để đơn vị nộp lại?`;
  if (!confirmUser(TITLES[action], question)) return null;
  const answer = lockUnit(connection, unit.unitId, action);
  const when = answer.lock.changedAt;
  writeLockCell(unit.unitId, answer.lock.locked ? `Đã khóa (${when})` : `Mở (${when})`);
  const state = answer.lock.locked ? 'đã khóa' : 'đang mở';
  const same = answer.changed ? '' : ' (không có gì thay đổi)';
  alertUser(TITLES[action], `Danh sách của “${unit.name}” ${state}${same}.`);
  return { unitId: unit.unitId, locked: answer.lock.locked };
}
