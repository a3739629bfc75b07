// "Tạo/cập nhật mẫu danh sách".
import { catalogLists, guideRows, tabSpec } from '../core/template-spec';
import { saveTimeZone } from '../settings/document-settings';
import { spreadsheetTimeZone } from '../sheet/spreadsheet';
import { applyTemplate, type TemplateReport } from '../sheet/template';
import { alertUser } from '../ui/dialogs';

function reportText(report: TemplateReport): string {
  const lines = report.tabs.map((tab) =>
    tab.created
      ? `Đã tạo trang “${tab.name}”.`
      : `Đã cập nhật trang “${tab.name}”${tab.appended > 0 ? ` (thêm ${tab.appended} cột ở cuối)` : ''}; dữ liệu giữ nguyên.`,
  );
  return [...lines, 'Xem cách điền ở trang “Hướng dẫn”.'].join('\n');
}

export function createTemplate(): TemplateReport {
  const report = applyTemplate([tabSpec('individual'), tabSpec('collective')], catalogLists(), guideRows());
  saveTimeZone(spreadsheetTimeZone());
  alertUser('Mẫu danh sách', reportText(report));
  return report;
}
