// The public notice pages, rendered on the server as whole HTML documents (pure: a view in, a string out). Every
// value from a campaign, a unit, a nominee or a visitor goes through escapeHtml; the page has no script at all, and
// its stylesheet is inline under a Content-Security-Policy that allows nothing else (NOTICE_CSP). Only public
// fields reach the view (notice-view.ts): name, position, unit, award and kind — never CCCD, birth date, phone,
// e-mail, address or ethnicity.
import { escapeHtml, formatDateTime } from '../mail/format';

/** No script, no external resource, no framing, forms post only to this page. */
export const NOTICE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export interface NoticeRow {
  /** 1-based position in the whole list. */
  index: number;
  nomineeId: string;
  kindLabel: string;
  name: string;
  position?: string;
  unitName: string;
  awardLabel: string;
}

export interface NoticeFormState {
  status: 'blank' | 'sent' | 'invalid';
  /** The values sent back into the form after a refusal. */
  values?: {
    name?: string | undefined;
    contact?: string | undefined;
    nomineeId?: string | undefined;
    text?: string | undefined;
  };
}

export interface NoticeView {
  campaignTitle: string;
  title: string;
  intro?: string;
  from: string;
  to: string;
  timeZone: string;
  rows: NoticeRow[];
  total: number;
  page: number;
  pages: number;
  /** The page's own path with its query (campaignId), for links and the form's action. */
  selfPath: string;
  form: NoticeFormState;
  limits: { name: number; contact: number; text: number };
}

const STYLE = `
body{margin:0;font-family:"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1c1c1c;background:#f5f6f8;line-height:1.5}
main{max-width:1040px;margin:0 auto;padding:16px}
header{background:#8b1a1a;color:#fff;padding:16px}
header div{max-width:1040px;margin:0 auto}
header p{margin:4px 0 0;opacity:.9}
h1{font-size:1.4rem;margin:0}
h2{font-size:1.15rem;margin:24px 0 8px}
.card{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:12px 16px;margin:12px 0}
.card h2{margin-top:4px}
.intro{white-space:pre-line}
.period{font-weight:600}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #dde1e6;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4}
td.n{text-align:right;width:3em}
.pager a,.pager span{margin-right:8px}
label{display:block;font-weight:600;margin-top:10px}
input,select,textarea{width:100%;box-sizing:border-box;font:inherit;padding:8px;border:1px solid #b8bec6;border-radius:4px}
textarea{min-height:8em}
button{margin-top:12px;font:inherit;padding:10px 20px;background:#8b1a1a;color:#fff;border:0;border-radius:4px}
.ok{background:#e7f5ea;border-color:#7cc48a}
.err{background:#fdecea;border-color:#e09a93}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.hint{color:#555;font-size:.9rem}
@media (max-width:640px){
 thead{display:none}
 table,tbody,tr,td{display:block;width:auto}
 tr{border:1px solid #dde1e6;margin:8px 0;background:#fff}
 td{border:0;padding:2px 10px}
 td.n{text-align:left;width:auto;font-weight:600}
 td.empty{display:none}
 td[data-label]::before{content:attr(data-label) ": ";color:#555}
}`;

function document(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function rowHtml(row: NoticeRow): string {
  const position = row.position
    ? `<td data-label="Chức vụ">${escapeHtml(row.position)}</td>`
    : '<td class="empty"></td>';
  return `<tr><td class="n">${row.index}</td><td data-label="Họ tên / tập thể">${escapeHtml(row.name)}</td>
${position}<td data-label="Đơn vị">${escapeHtml(row.unitName)}</td>
<td data-label="Hình thức khen thưởng">${escapeHtml(row.awardLabel)}</td><td data-label="Loại">${escapeHtml(row.kindLabel)}</td></tr>`;
}

function tableHtml(view: NoticeView): string {
  if (view.rows.length === 0) return '<p class="card">Danh sách hiện chưa có ai.</p>';
  return `<table>
<thead><tr><th>STT</th><th>Họ tên / tập thể</th><th>Chức vụ</th><th>Đơn vị</th><th>Hình thức khen thưởng</th><th>Loại</th></tr></thead>
<tbody>
${view.rows.map(rowHtml).join('\n')}
</tbody>
</table>`;
}

function pageLink(view: NoticeView, page: number): string {
  return `${escapeHtml(view.selfPath)}&amp;page=${page}`;
}

function pagerHtml(view: NoticeView): string {
  if (view.pages <= 1) return '';
  const links = Array.from({ length: view.pages }, (_, i) => i + 1).map((p) =>
    p === view.page ? `<span>[${p}]</span>` : `<a href="${pageLink(view, p)}">${p}</a>`,
  );
  return `<nav class="pager">Trang: ${links.join(' ')}</nav>`;
}

function option(row: NoticeRow, chosen: string | undefined): string {
  const selected = row.nomineeId === chosen ? ' selected' : '';
  return `<option value="${escapeHtml(row.nomineeId)}"${selected}>${row.index}. ${escapeHtml(row.name)} — ${escapeHtml(row.unitName)}</option>`;
}

function formStatus(form: NoticeFormState): string {
  if (form.status === 'sent')
    return '<p class="card ok" role="status">Cảm ơn bạn. Ý kiến đã được gửi tới Ban Thi đua – Khen thưởng.</p>';
  if (form.status === 'invalid')
    return '<p class="card err" role="alert">Ý kiến chưa gửi được: cần nhập nội dung ý kiến, và mỗi ô không quá độ dài cho phép.</p>';
  return '';
}

function formHtml(view: NoticeView): string {
  const v = view.form.status === 'invalid' ? (view.form.values ?? {}) : {};
  const { limits } = view;
  return `<section class="card" id="y-kien">
<h2>Gửi ý kiến</h2>
${formStatus(view.form)}
<form method="post" action="${escapeHtml(view.selfPath)}#y-kien">
<label for="nominee">Ý kiến về (không bắt buộc)</label>
<select id="nominee" name="nomineeId"><option value="">— Cả danh sách —</option>
${view.rows.map((r) => option(r, v.nomineeId)).join('\n')}
</select>
<label for="text">Nội dung ý kiến (bắt buộc)</label>
<textarea id="text" name="text" required maxlength="${limits.text}">${escapeHtml(v.text ?? '')}</textarea>
<label for="name">Họ tên (không bắt buộc)</label>
<input id="name" name="name" maxlength="${limits.name}" value="${escapeHtml(v.name ?? '')}" autocomplete="name">
<label for="contact">Điện thoại hoặc e-mail để Ban liên hệ (không bắt buộc)</label>
<input id="contact" name="contact" maxlength="${limits.contact}" value="${escapeHtml(v.contact ?? '')}">
<div class="hp" aria-hidden="true"><label for="website">Để trống ô này</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">Gửi ý kiến</button>
<p class="hint">Ý kiến chỉ gửi tới Ban Thi đua – Khen thưởng, không hiển thị công khai.</p>
</form>
</section>`;
}

/** The list with its comment form. */
export function renderNoticePage(view: NoticeView): string {
  const period = `Thời gian công khai: từ ${formatDateTime(view.from, view.timeZone)} đến ${formatDateTime(view.to, view.timeZone)}`;
  const intro = view.intro ? `<p class="card intro">${escapeHtml(view.intro)}</p>` : '';
  const body = `<header><div><h1>${escapeHtml(view.title)}</h1><p>${escapeHtml(view.campaignTitle)}</p></div></header>
<main>
<p class="period">${escapeHtml(period)}</p>
${intro}
<h2>Danh sách đề nghị (${view.total})</h2>
${tableHtml(view)}
${pagerHtml(view)}
${formHtml(view)}
</main>`;
  return document(`${view.title} — ${view.campaignTitle}`, body);
}

/** A page with a heading and one paragraph (outside the notice period, rate limited, not found). */
export function renderMessagePage(heading: string, message: string): string {
  const body = `<header><div><h1>${escapeHtml(heading)}</h1></div></header>
<main><p class="card">${escapeHtml(message)}</p></main>`;
  return document(heading, body);
}
