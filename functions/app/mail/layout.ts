// E-mail HTML building blocks that render alike in Gmail and Outlook: a 600 px table layout, inline styles only,
// no scripts, no external images; bar charts are table cells with percentage widths. Every function that takes
// text escapes it; parameters named `html` take markup built by these functions.
import { escapeHtml } from './format';

export const COLORS = {
  brand: '#9f1d20',
  text: '#1f2937',
  muted: '#6b7280',
  line: '#e5e7eb',
  good: '#15803d',
  warn: '#b45309',
  bad: '#b91c1c',
  bar: '#2563eb',
  track: '#eef2f7',
} as const;

const FONT = "font-family:Arial,'Helvetica Neue',Helvetica,sans-serif;";

export function shell(title: string, preheader: string, html: string): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;">
<div style="display:none;max-height:0;overflow:hidden;">${escapeHtml(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f6;">
<tr><td align="center" style="padding:16px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:600px;background:#ffffff;border:1px solid ${COLORS.line};${FONT}color:${COLORS.text};font-size:14px;line-height:20px;">
<tr><td style="background:${COLORS.brand};color:#ffffff;padding:16px 24px;font-size:18px;line-height:24px;font-weight:bold;${FONT}">${escapeHtml(title)}</td></tr>
<tr><td style="padding:8px 24px 24px 24px;${FONT}">${html}</td></tr>
<tr><td style="padding:12px 24px;border-top:1px solid ${COLORS.line};color:${COLORS.muted};font-size:12px;line-height:16px;${FONT}">Thư gửi tự động từ hệ thống tổng hợp điển hình tiên tiến. Vui lòng không trả lời thư này.</td></tr>
</table></td></tr></table></body></html>`;
}

export function heading(text: string): string {
  return `<h2 style="margin:20px 0 8px 0;font-size:16px;line-height:22px;color:${COLORS.brand};${FONT}">${escapeHtml(text)}</h2>`;
}

export function paragraph(text: string): string {
  return `<p style="margin:8px 0;${FONT}">${escapeHtml(text)}</p>`;
}

/** A paragraph from trusted markup pieces (already escaped). */
export function paragraphHtml(html: string): string {
  return `<p style="margin:8px 0;${FONT}">${html}</p>`;
}

export function strong(text: string, color: string = COLORS.text): string {
  return `<strong style="color:${color};">${escapeHtml(text)}</strong>`;
}

export interface Column {
  title: string;
  align?: 'left' | 'right';
  width?: number;
}

/** A data table; `rows` hold plain text (escaped here). */
export function table(columns: Column[], rows: string[][]): string {
  const head = columns.map((c) => cell(c.title, c, true)).join('');
  const body = rows.map(
    (row) => `<tr>${row.map((v, i) => cell(v, columns[i] ?? { title: '' }, false)).join('')}</tr>`,
  );
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:8px 0;"><tr>${head}</tr>${body.join('')}</table>`;
}

function cell(text: string, column: Column, header: boolean): string {
  const tag = header ? 'th' : 'td';
  const width = column.width ? ` width="${column.width}"` : '';
  const style = `padding:6px 8px;border-bottom:1px solid ${COLORS.line};text-align:${column.align ?? 'left'};vertical-align:top;font-size:13px;line-height:18px;${FONT}${header ? `background:#f9fafb;color:${COLORS.muted};font-weight:bold;` : ''}`;
  return `<${tag}${width} style="${style}">${escapeHtml(text)}</${tag}>`;
}

export interface Bar {
  label: string;
  value: number;
  /** Text shown after the bar, e.g. "12 (40%)". */
  note: string;
  color?: string;
}

/** Horizontal bars scaled to `max` (the largest value when omitted): label 180 px, bar 298 px, note 72 px, which
 * fills the 550 px content box (600 − 2 × 24 padding − 2 × 1 border). */
export function barChart(bars: Bar[], max?: number): string {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  const rows = bars.map((b) => barRow(b, top)).join('');
  return `<table role="presentation" width="550" cellpadding="0" cellspacing="0" border="0" style="width:550px;margin:8px 0;">${rows}</table>`;
}

function barRow(bar: Bar, max: number): string {
  const pct = Math.max(0, Math.min(100, Math.round((bar.value / max) * 100)));
  return `<tr><td width="180" style="width:180px;padding:3px 8px 3px 0;font-size:13px;line-height:18px;${FONT}">${escapeHtml(bar.label)}</td><td width="298" style="width:298px;padding:3px 0;">${track([{ pct, color: bar.color ?? COLORS.bar }], 14)}</td><td width="72" align="right" style="width:72px;padding:3px 0 3px 8px;font-size:13px;line-height:18px;white-space:nowrap;${FONT}">${escapeHtml(bar.note)}</td></tr>`;
}

export interface Segment {
  label: string;
  value: number;
  color: string;
}

/** One bar split into coloured segments (e.g. clean / with errors / missing), with a legend below. */
export function stackedBar(segments: Segment[]): string {
  const total = segments.reduce((sum, s) => sum + s.value, 0) || 1;
  const parts = segments.map((s) => ({ pct: Math.round((s.value / total) * 100), color: s.color }));
  const legend = segments
    .map(
      (s) =>
        `<span style="display:inline-block;width:10px;height:10px;background:${s.color};"></span>&nbsp;${escapeHtml(s.label)}: <strong>${s.value}</strong>`,
    )
    .join('&nbsp;&nbsp;&nbsp;');
  return `${track(parts, 22)}<p style="margin:6px 0 8px 0;font-size:13px;${FONT}">${legend}</p>`;
}

/** A grey track holding coloured cells with percentage widths (what Outlook's Word engine renders reliably). */
function track(parts: { pct: number; color: string }[], height: number): string {
  const used = parts.reduce((sum, p) => sum + p.pct, 0);
  const cells = parts
    .filter((p) => p.pct > 0)
    .map(
      (p) =>
        `<td width="${p.pct}%" height="${height}" style="width:${p.pct}%;height:${height}px;background:${p.color};font-size:0;line-height:0;">&nbsp;</td>`,
    );
  if (used < 100) cells.push(`<td style="background:${COLORS.track};font-size:0;line-height:0;">&nbsp;</td>`);
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;height:${height}px;background:${COLORS.track};"><tr>${cells.join('')}</tr></table>`;
}

/** A small figure box: big number, caption. */
export function figures(items: { value: string; caption: string; color?: string }[]): string {
  const width = Math.floor(100 / Math.max(1, items.length));
  const cells = items
    .map(
      (f) =>
        `<td width="${width}%" align="center" style="padding:10px 4px;border:1px solid ${COLORS.line};${FONT}"><div style="font-size:22px;line-height:28px;font-weight:bold;color:${f.color ?? COLORS.text};">${escapeHtml(f.value)}</div><div style="font-size:12px;line-height:16px;color:${COLORS.muted};">${escapeHtml(f.caption)}</div></td>`,
    )
    .join('');
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:8px 0;"><tr>${cells}</tr></table>`;
}

/** Bulleted list of plain-text items. */
export function list(items: string[]): string {
  const li = items.map((i) => `<li style="margin:2px 0;">${escapeHtml(i)}</li>`).join('');
  return `<ul style="margin:6px 0;padding-left:20px;${FONT}">${li}</ul>`;
}
