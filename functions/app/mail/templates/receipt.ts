// Receipt after each submitted version, to the unit's contacts.
import { maskCccd } from '../../../../shared/text/mask';
import { formatDate, formatDateTime, outwardMail } from '../format';
import { COLORS, figures, heading, list, paragraph, paragraphHtml, shell, strong, table } from '../layout';
import type { RenderedMail } from '../ports';
import { issueText, limitIssues, subject, textBody, textSection } from '../text';
import type { NomineeLine, ReceiptView } from '../views';

export function renderReceipt(view: ReceiptView): RenderedMail {
  const title = subject([`Biên nhận phiên bản ${view.version}`, view.unitName, view.campaignName]);
  return outwardMail({ subject: title, html: receiptHtml(view), text: receiptText(view) });
}

function receiptHtml(view: ReceiptView): string {
  const { shown, more } = limitIssues(view.issues, view.maxIssues ?? 50);
  const body = [
    paragraphHtml(
      `Đơn vị ${strong(view.unitName)} đã gửi danh sách ${view.kindLabel.toLowerCase()} phiên bản ${strong(String(view.version))} lúc ${formatDateTime(view.submittedAt)}.`,
    ),
    countFigures(view),
    paragraphHtml(`Hạn chót nộp danh sách: ${strong(formatDate(view.deadline), COLORS.brand)}.`),
    issuesHtml(shown, more),
    heading(`Danh sách đã nhận (${view.nominees.length})`),
    table(nomineeColumns, view.nominees.map(nomineeRow)),
  ];
  return shell(
    `Biên nhận danh sách – ${view.campaignName}`,
    `Phiên bản ${view.version}: ${view.counts.errors} lỗi`,
    body.join(''),
  );
}

function countFigures(view: ReceiptView): string {
  const c = view.counts;
  return figures([
    { value: String(c.rows), caption: 'dòng đã nhận' },
    { value: String(c.validRows), caption: 'dòng hợp lệ', color: COLORS.good },
    { value: String(c.errors), caption: 'lỗi cần sửa', color: c.errors > 0 ? COLORS.bad : COLORS.good },
    { value: String(c.warnings), caption: 'cảnh báo', color: COLORS.warn },
  ]);
}

function issuesHtml(shown: ReceiptView['issues'], more: number): string {
  if (shown.length === 0) return paragraph('Danh sách không có lỗi. Cảm ơn đơn vị!');
  const extra = more > 0 ? [`… và ${more} mục khác (xem trong trang tính).`] : [];
  return heading('Lỗi và cảnh báo theo ô') + list([...shown.map(issueText), ...extra]);
}

const nomineeColumns = [
  { title: 'Họ và tên / Tên tập thể' },
  { title: 'Số CCCD', width: 120 },
  { title: 'Hình thức đề nghị' },
  { title: 'Tình trạng', width: 90 },
];

function nomineeRow(n: NomineeLine): string[] {
  return [n.name, n.cccd ? maskCccd(n.cccd) : '', n.award ?? '', n.valid ? 'Hợp lệ' : 'Có lỗi'];
}

function receiptText(view: ReceiptView): string {
  const c = view.counts;
  const { shown, more } = limitIssues(view.issues, view.maxIssues ?? 50);
  return textBody([
    `Đơn vị ${view.unitName} đã gửi danh sách ${view.kindLabel.toLowerCase()} phiên bản ${view.version} (${view.campaignName}).`,
    `Đã nhận ${c.rows} dòng: ${c.validRows} hợp lệ, ${c.errors} lỗi, ${c.warnings} cảnh báo. Hạn chót: ${formatDate(view.deadline)}.`,
    shown.length > 0
      ? textSection('Lỗi và cảnh báo theo ô', [
          ...shown.map(issueText),
          ...(more > 0 ? [`… và ${more} mục khác`] : []),
        ])
      : 'Danh sách không có lỗi.',
    textSection(
      'Danh sách đã nhận',
      view.nominees.map((n) => nomineeRow(n).filter(Boolean).join(' | ')),
    ),
  ]);
}
