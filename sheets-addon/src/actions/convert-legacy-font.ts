// "Chuyển phông chữ TCVN3/VNI sang Unicode": finds the legacy-encoded cells of the active nomination tab, asks for
// confirmation with their count, then writes the converted values in one write.
import { type LegacyFontPlan, planLegacyFont, writeLegacyFont } from '../sheet/legacy-font';
import { alertUser, confirmUser } from '../ui/dialogs';
import { runMenuAction } from './run-action';

const TITLE = 'Chuyển phông chữ sang Unicode';

const ENCODING_LABELS: Record<string, string> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  'utf8-as-latin1': 'Unicode bị đọc sai bảng mã',
};

function question(plan: LegacyFontPlan): string {
  const label = ENCODING_LABELS[plan.encoding ?? ''] ?? 'cũ';
  return (
    `Trang “${plan.sheetName}” có ${plan.cells} ô gõ bằng phông ${label}. Ví dụ: ${plan.example}.\n` +
    'Chuyển tất cả các ô này sang Unicode?'
  );
}

/** Returns the number of cells converted (0 when none was found or the user declined). */
export function convertLegacyFont(): number {
  const plan = planLegacyFont();
  if (plan.cells === 0) {
    alertUser(TITLE, `Không thấy ô nào gõ bằng phông TCVN3 hay VNI trên trang “${plan.sheetName}”.`);
    return 0;
  }
  if (!confirmUser(TITLE, question(plan))) return 0;
  writeLegacyFont(plan);
  alertUser(TITLE, `Đã chuyển ${plan.cells} ô sang Unicode. Hãy chạy lại “Kiểm tra danh sách”.`);
  return plan.cells;
}

/** Menu item (src/index.ts re-exports it as a global function). */
export function menuConvertLegacyFont(): void {
  runMenuAction(convertLegacyFont);
}
