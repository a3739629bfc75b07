// Small pure helpers for messages: HTML escaping, header-safe text, Vietnamese dates and numbers (CCCD masking:
// shared/text/mask.ts).
import { cellLabel } from '../../../shared/grid/a1';
import { maskPersonalIds } from '../../../shared/text/mask';
import type { RenderedMail } from './ports';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes a user value for HTML text or a quoted attribute; NFC. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .normalize('NFC')
    .replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** One line of text for a mail header: control characters (CR, LF, TAB…) become spaces; NFC; trimmed. */
export function singleLine(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** "2026-12-15" → "15/12/2026"; anything else is returned as is. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

/** An instant as the board reads it: "16/11/2026 15:15" in Asia/Ho_Chi_Minh (or the given zone). */
export function formatDateTime(iso: string, timeZone = 'Asia/Ho_Chi_Minh'): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

/** Vietnamese number format: "1.234". */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat('vi-VN').format(value);
}

/** 0.857 → "85,7%"; null → "—". */
export function formatPercent(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(ratio * 100)}%`;
}

/** "Cá nhân!F12"; a whole-row issue (column 0) gives "Cá nhân!12:12"; sheet names with spaces are not quoted. */
export function cellRef(sheetName: string, row: number, column: number): string {
  return `${sheetName ? `${sheetName}!` : ''}${cellLabel(row, column)}`;
}

/** The boundary of every mail: no part (subject, HTML, text) leaves with a full CCCD (shared/text/mask.ts). */
export function outwardMail<M extends RenderedMail>(mail: M): M {
  return {
    ...mail,
    subject: maskPersonalIds(mail.subject),
    html: maskPersonalIds(mail.html),
    text: maskPersonalIds(mail.text),
  };
}
