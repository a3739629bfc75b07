// "Tạo bảng cho các đơn vị": one copy of the nomination template per unit of the "Đơn vị" tab, in the campaign's
// Drive folder, bound to campaign, unit and server (hidden tab), shared with the unit's editors; link, sharing
// state and file id written back to the unit's row at once. The sidebar calls provisionStep() again and again:
// each call is its own execution and stops after TIME_BUDGET_MS (Apps Script allows 6 minutes), so 300 units
// take a few calls. Re-running only does what is missing: a row with a file id is not copied again, and a copy
// made by an execution stopped before writing its row back is found by its name in the folder.
import { AddonError } from '../core/errors';
import {
  missingEditors,
  needsWork,
  provisionColumns,
  sharingText,
  type UnitSheetRow,
  unitSheetName,
  unitSheetRows,
} from '../core/provision-plan';
import { SETUP_TABS } from '../core/setup-spec';
import { catalogLists, guideRows, tabSpec } from '../core/template-spec';
import { campaignFolder, fileById, fileNamed, moveIntoFolder } from '../drive/campaign-folder';
import { boardSetting, saveBoardSetting } from '../settings/board-settings';
import { withDocumentLock } from '../settings/document-lock';
import { activeSpreadsheet } from '../sheet/spreadsheet';
import { createTemplateSpreadsheet } from '../sheet/template';
import { writeBinding } from '../sheet/unit-binding';
import { showSidebar } from '../ui/sidebar';

/** Leaves a minute of the 6-minute execution limit for the last unit and the answer. */
export const TIME_BUDGET_MS = 270_000;

export interface ProvisionProgress {
  total: number;
  done: number;
  created: number;
  shared: number;
  failed: Array<{ unitId: string; message: string }>;
  remaining: number;
  finished: boolean;
}

interface Context {
  campaignId: string;
  functionsUrl: string;
  folder: GoogleAppsScript.Drive.Folder;
  template: GoogleAppsScript.Drive.File;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  columns: ReturnType<typeof provisionColumns>;
}

function unitsSheet(): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = activeSpreadsheet().getSheetByName(SETUP_TABS.units);
  if (!sheet) throw new AddonError('NO_UNITS_TAB', 'Chưa có trang “Đơn vị”. Hãy chọn “Thiết lập đợt” trước.');
  return sheet;
}

function boardCampaign(): { campaignId: string; functionsUrl: string } {
  const campaignId = boardSetting('campaignId');
  const functionsUrl = boardSetting('functionsUrl');
  if (!campaignId || !functionsUrl)
    throw new AddonError('SETUP_NOT_SAVED', 'Chưa lưu thiết lập đợt. Hãy chọn “Lưu thiết lập” trước.');
  return { campaignId, functionsUrl };
}

/** The template file in the campaign folder, made once (the add-on's own template tabs). */
function templateFile(
  campaignId: string,
  folder: GoogleAppsScript.Drive.Folder,
): GoogleAppsScript.Drive.File {
  const known = boardSetting('templateId');
  if (known) return fileById(known);
  const tabs = [tabSpec('individual'), tabSpec('collective')];
  const id = createTemplateSpreadsheet(
    `Mẫu danh sách đề nghị – ${campaignId}`,
    tabs,
    catalogLists(),
    guideRows(),
  );
  const file = moveIntoFolder(id, folder);
  saveBoardSetting('templateId', file.getId());
  return file;
}

function copyFor(ctx: Context, unit: UnitSheetRow): { file: GoogleAppsScript.Drive.File; created: boolean } {
  if (unit.fileId) return { file: fileById(unit.fileId), created: false };
  const name = unitSheetName(ctx.campaignId, unit);
  const found = fileNamed(ctx.folder, name);
  if (found) return { file: found, created: false };
  const file = ctx.template.makeCopy(name, ctx.folder);
  const connection = { campaignId: ctx.campaignId, unitId: unit.unitId, functionsUrl: ctx.functionsUrl };
  writeBinding(file.getId(), connection);
  return { file, created: true };
}

function share(
  file: GoogleAppsScript.Drive.File,
  unit: UnitSheetRow,
): { shared: string[]; failed: string[] } {
  const missing = missingEditors(unit);
  if (missing.length === 0) return { shared: unit.sharedWith, failed: [] };
  try {
    file.addEditors(missing);
    return { shared: [...unit.sharedWith, ...missing], failed: [] };
  } catch {
    const shared = [...unit.sharedWith];
    const failed: string[] = [];
    for (const email of missing) {
      try {
        file.addEditor(email);
        shared.push(email);
      } catch {
        failed.push(email);
      }
    }
    return { shared, failed };
  }
}

/** Writes link, sharing state and file id into the unit's row (one setValues of three adjacent cells). */
function writeBack(
  ctx: Context,
  unit: UnitSheetRow,
  file: GoogleAppsScript.Drive.File,
  sharing: string,
): void {
  const first = ctx.columns.link + 1;
  ctx.sheet.getRange(unit.row, first, 1, 3).setValues([[file.getUrl(), sharing, file.getId()]]);
}

function provisionUnit(ctx: Context, unit: UnitSheetRow, progress: ProvisionProgress): void {
  try {
    const { file, created } = copyFor(ctx, unit);
    const { shared, failed } = share(file, unit);
    writeBack(ctx, unit, file, sharingText(shared, failed));
    if (created) progress.created++;
    if (shared.length > unit.sharedWith.length) progress.shared++;
    if (failed.length > 0)
      progress.failed.push({ unitId: unit.unitId, message: `Không chia sẻ được: ${failed.join(', ')}` });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    progress.failed.push({ unitId: unit.unitId, message: `Không tạo được bảng tính (${detail})` });
  }
}

function context(): Context {
  const { campaignId, functionsUrl } = boardCampaign();
  const sheet = unitsSheet();
  const columns = provisionColumns(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []);
  if (columns.link < 0 || columns.fileId !== columns.link + 2)
    throw new AddonError(
      'NO_UNITS_TAB',
      'Trang “Đơn vị” thiếu cột kết quả. Hãy chọn “Thiết lập đợt” để cập nhật.',
    );
  const folder = campaignFolder(campaignId);
  return { campaignId, functionsUrl, folder, template: templateFile(campaignId, folder), sheet, columns };
}

/** One execution's share of the work: units in sheet order until done or out of time. */
export function provisionStep(): ProvisionProgress {
  return withDocumentLock(() => {
    const started = Date.now();
    const ctx = context();
    const units = unitSheetRows(ctx.sheet.getDataRange().getValues());
    const todo = units.filter(needsWork);
    const progress: ProvisionProgress = {
      total: units.length,
      done: units.length - todo.length,
      created: 0,
      shared: 0,
      failed: [],
      remaining: todo.length,
      finished: false,
    };
    for (const unit of todo) {
      if (Date.now() - started > TIME_BUDGET_MS) break;
      provisionUnit(ctx, unit, progress);
      progress.done++;
      progress.remaining--;
    }
    progress.finished = progress.remaining === 0;
    return progress;
  }, 'PROVISION_BUSY');
}

/** Opens the progress sidebar; the page runs provisionStep() until finished. Calls no Drive service itself. */
export function openProvision(): void {
  const units = unitSheetRows(unitsSheet().getDataRange().getValues());
  boardCampaign();
  showSidebar('SidebarProvision', 'Tạo bảng cho các đơn vị', {
    total: units.length,
    pending: units.filter(needsWork).length,
  });
}
