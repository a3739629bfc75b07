// Per-unit summary after a consolidation: the unit's nominees in the master list, duplicates with other units,
// nominees returned with the board's note, and what to fix.
import { maskCccd } from '../../../../shared/text/mask';
import { formatDate, outwardMail } from '../format';
import { COLORS, figures, heading, list, paragraph, paragraphHtml, shell, strong, table } from '../layout';
import type { RenderedMail } from '../ports';
import { issueText, subject, textBody, textSection } from '../text';
import type { UnitSummaryView } from '../views';

const STATUS_LABELS = {
  accepted: 'Đã đưa vào danh sách',
  returned: 'Trả lại',
  pending: 'Đang xem xét',
} as const;

export function renderUnitSummary(view: UnitSummaryView): RenderedMail {
  const title = subject([`Kết quả tổng hợp lần ${view.masterVersion}`, view.unitName, view.campaignName]);
  return outwardMail({ subject: title, html: summaryHtml(view), text: summaryText(view) });
}

function summaryHtml(view: UnitSummaryView): string {
  const accepted = view.nominees.filter((n) => n.status === 'accepted').length;
  const body = [
    paragraphHtml(
      `Ban Thi đua – Khen thưởng đã tổng hợp danh sách toàn tỉnh (lần ${strong(String(view.masterVersion))}, ${formatDate(view.consolidatedAt)}). Kết quả của đơn vị ${strong(view.unitName)}:`,
    ),
    figures([
      { value: String(view.nominees.length), caption: 'người/tập thể đề nghị' },
      { value: String(accepted), caption: 'đã vào danh sách', color: COLORS.good },
      { value: String(view.duplicates.length), caption: 'trùng với đơn vị khác', color: COLORS.warn },
      { value: String(view.returned.length), caption: 'bị trả lại', color: COLORS.bad },
    ]),
    heading('Danh sách của đơn vị trong bản tổng hợp'),
    table(
      [
        { title: 'Họ và tên / Tên tập thể' },
        { title: 'Số CCCD', width: 120 },
        { title: 'Hình thức' },
        { title: 'Tình trạng', width: 120 },
      ],
      view.nominees.map((n) => [
        n.name,
        n.cccd ? maskCccd(n.cccd) : '',
        n.award ?? '',
        STATUS_LABELS[n.status],
      ]),
    ),
    ...duplicatesHtml(view),
    ...returnedHtml(view),
    ...toFixHtml(view),
    paragraphHtml(`Hạn chót chỉnh sửa và gửi lại: ${strong(formatDate(view.deadline), COLORS.brand)}.`),
  ];
  return shell(
    `Kết quả tổng hợp – ${view.campaignName}`,
    `${accepted}/${view.nominees.length} đã vào danh sách`,
    body.join(''),
  );
}

function duplicatesHtml(view: UnitSummaryView): string[] {
  if (view.duplicates.length === 0) return [];
  const rows = view.duplicates.map((d) => [d.name, d.otherUnits.join(', ')]);
  return [
    heading('Trùng với đơn vị khác'),
    paragraph(
      'Những người sau cũng được đơn vị khác đề nghị; Ban sẽ liên hệ để thống nhất một đơn vị đề nghị.',
    ),
    table([{ title: 'Họ và tên' }, { title: 'Cũng được đề nghị bởi' }], rows),
  ];
}

function returnedHtml(view: UnitSummaryView): string[] {
  if (view.returned.length === 0) return [];
  return [
    heading('Hồ sơ bị trả lại'),
    table(
      [{ title: 'Họ và tên' }, { title: 'Ý kiến của Ban' }],
      view.returned.map((r) => [r.name, r.note]),
    ),
  ];
}

function toFixHtml(view: UnitSummaryView): string[] {
  if (view.toFix.length === 0) return [paragraph('Danh sách của đơn vị không còn lỗi cần sửa.')];
  return [heading('Cần sửa trong trang tính'), list(view.toFix.map(issueText))];
}

function summaryText(view: UnitSummaryView): string {
  return textBody([
    `Kết quả tổng hợp lần ${view.masterVersion} (${formatDate(view.consolidatedAt)}) – ${view.campaignName} – đơn vị ${view.unitName}.`,
    textSection(
      'Danh sách của đơn vị',
      view.nominees.map((n) =>
        [n.name, n.cccd ? maskCccd(n.cccd) : '', n.award ?? '', STATUS_LABELS[n.status]]
          .filter(Boolean)
          .join(' | '),
      ),
    ),
    view.duplicates.length > 0
      ? textSection(
          'Trùng với đơn vị khác',
          view.duplicates.map((d) => `${d.name}: ${d.otherUnits.join(', ')}`),
        )
      : '',
    view.returned.length > 0
      ? textSection(
          'Hồ sơ bị trả lại',
          view.returned.map((r) => `${r.name}: ${r.note}`),
        )
      : '',
    view.toFix.length > 0
      ? textSection('Cần sửa trong trang tính', view.toFix.map(issueText))
      : 'Không còn lỗi cần sửa.',
    `Hạn chót: ${formatDate(view.deadline)}.`,
  ]);
}
