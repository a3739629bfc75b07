// Weekly digest to the board: completeness (missing units first), on-time rate, changes since last week,
// duplicate groups awaiting review, over-quota units, delegate structure, days to the deadline.
import { onTimeRate } from '../../../../shared/api/campaign-status';
import { formatDate, formatPercent, outwardMail } from '../format';
import {
  type Bar,
  barChart,
  COLORS,
  figures,
  heading,
  list,
  paragraph,
  shell,
  stackedBar,
  table,
} from '../layout';
import type { RenderedMail } from '../ports';
import { deadlinePhrase, subject, textBody, textSection } from '../text';
import type { DigestView } from '../views';

export function renderDigest(view: DigestView): RenderedMail {
  const title = subject([`Bản tin tuần ${view.week}`, view.campaignName]);
  return outwardMail({ subject: title, html: digestHtml(view), text: digestText(view) });
}

function onTimeRateOf(view: DigestView): number | null {
  return view.onTime.units === 0 ? null : onTimeRate(view.onTime.onTime, view.onTime.units);
}

function digestHtml(view: DigestView): string {
  const c = view.completeness;
  const units = c.missing.length + c.withErrors.length + c.clean.length;
  const body = [
    paragraph(
      `Tình hình đến ${formatDate(view.generatedAt)}: ${deadlinePhrase(view.deadline, view.daysToDeadline)}.`,
    ),
    figures([
      {
        value: String(view.daysToDeadline),
        caption: 'ngày đến hạn chót',
        color: view.daysToDeadline < 0 ? COLORS.bad : COLORS.brand,
      },
      { value: `${c.clean.length + c.withErrors.length}/${units}`, caption: 'đơn vị đã nộp' },
      { value: formatPercent(onTimeRateOf(view)), caption: 'nộp đúng hạn' },
      { value: String(view.totals.nominees), caption: 'người/tập thể đề nghị' },
    ]),
    heading('Mức độ hoàn thành'),
    stackedBar([
      { label: 'Chưa nộp', value: c.missing.length, color: COLORS.bad },
      { label: 'Còn lỗi', value: c.withErrors.length, color: COLORS.warn },
      { label: 'Hợp lệ', value: c.clean.length, color: COLORS.good },
    ]),
    ...unitLists(view),
    ...changesHtml(view),
    ...duplicatesHtml(view),
    ...overQuotaHtml(view),
    ...structureHtml(view),
    ...targetsHtml(view),
  ];
  return shell(
    `Bản tin tuần ${view.week} – ${view.campaignName}`,
    `${c.missing.length} đơn vị chưa nộp, ${c.withErrors.length} còn lỗi`,
    body.join(''),
  );
}

function unitLists(view: DigestView): string[] {
  const c = view.completeness;
  const out: string[] = [];
  if (c.missing.length > 0)
    out.push(heading(`Chưa nộp (${c.missing.length})`), list(c.missing.map((u) => u.unitName)));
  if (c.withErrors.length > 0)
    out.push(
      heading(`Còn lỗi (${c.withErrors.length})`),
      table(
        [{ title: 'Đơn vị' }, { title: 'Số lỗi', align: 'right', width: 80 }],
        c.withErrors.map((u) => [u.unitName, String(u.errors)]),
      ),
    );
  if (c.clean.length > 0)
    out.push(heading(`Hợp lệ (${c.clean.length})`), paragraph(c.clean.map((u) => u.unitName).join(', ')));
  return out;
}

function changesHtml(view: DigestView): string[] {
  if (view.changes === null)
    return [
      heading('Thay đổi so với tuần trước'),
      paragraph('Tuần đầu tiên: chưa có bản tổng hợp trước để so sánh.'),
    ];
  const ch = view.changes;
  return [
    heading('Thay đổi so với tuần trước'),
    paragraph(`Thêm ${ch.added}, bớt ${ch.removed}, sửa ${ch.modified}.`),
    ...(ch.highlights.length > 0 ? [list(ch.highlights)] : []),
  ];
}

function duplicatesHtml(view: DigestView): string[] {
  const d = view.duplicatesAwaitingReview;
  if (d.groups === 0)
    return [heading('Trùng lặp chờ xem xét'), paragraph('Không có nhóm trùng lặp nào chờ xem xét.')];
  return [
    heading(`Trùng lặp chờ xem xét (${d.groups} nhóm)`),
    list(d.examples.map((e) => `${e.name}: ${e.units.join(', ')}`)),
  ];
}

function overQuotaHtml(view: DigestView): string[] {
  if (view.overQuota.length === 0) return [];
  return [
    heading('Đơn vị vượt chỉ tiêu'),
    table(
      [
        { title: 'Đơn vị' },
        { title: 'Đề nghị', align: 'right', width: 80 },
        { title: 'Chỉ tiêu', align: 'right', width: 80 },
      ],
      view.overQuota.map((q) => [q.unitName, String(q.count), String(q.quota)]),
    ),
  ];
}

function structureHtml(view: DigestView): string[] {
  const bars: Bar[] = view.structure.map((s) => ({
    label: s.label,
    value: s.count,
    note: `${s.count} (${formatPercent(s.of === 0 ? null : s.count / s.of)})`,
  }));
  const out =
    bars.length > 0
      ? [heading('Cơ cấu đại biểu'), barChart(bars, Math.max(1, ...view.structure.map((s) => s.of)))]
      : [];
  if (view.breakdown) {
    const b = view.breakdown.bars.map((x) => ({
      label: x.label,
      value: x.count,
      note: String(x.count),
      color: COLORS.brand,
    }));
    out.push(heading(view.breakdown.title), barChart(b));
  }
  return out;
}

/** "Cơ cấu so với chỉ tiêu": the whole list's groups with a target, then the units that miss one. */
function targetsHtml(view: DigestView): string[] {
  const t = view.structureTargets;
  if (!t) return [];
  const seats =
    t.seats.limit === undefined
      ? `${t.seats.used} đại biểu`
      : `${t.seats.used}/${t.seats.limit} ghế đại biểu`;
  const basis =
    t.basis === 'delegates' ? `${t.persons} đại biểu cá nhân` : `${t.persons} cá nhân (chưa có đại biểu)`;
  const out = [heading('Cơ cấu so với chỉ tiêu'), paragraph(`Tính trên ${basis}; ${seats}.`)];
  if (t.lines.length > 0)
    out.push(
      table(
        [
          { title: 'Nhóm' },
          { title: 'Số lượng', align: 'right', width: 70 },
          { title: 'Tỷ lệ', align: 'right', width: 60 },
          { title: 'Chỉ tiêu', align: 'right', width: 90 },
          { title: 'Đánh giá', width: 120 },
        ],
        t.lines.map((l) => [l.label, String(l.count), formatPercent(l.share), l.target, l.verdict]),
      ),
    );
  if (t.units.length > 0)
    out.push(
      heading(`Đơn vị chưa đạt cơ cấu (${t.units.length + t.moreUnits})`),
      list([
        ...t.units.map((u) => `${u.unitName}: ${u.problems.join('; ')}`),
        ...(t.moreUnits > 0 ? [`… và ${t.moreUnits} đơn vị khác.`] : []),
      ]),
    );
  return out;
}

function targetsText(view: DigestView): string {
  const t = view.structureTargets;
  if (!t) return '';
  return textSection('Cơ cấu so với chỉ tiêu', [
    ...t.lines.map(
      (l) =>
        `${l.label}: ${l.count}/${t.persons} (${formatPercent(l.share)}), chỉ tiêu ${l.target}: ${l.verdict}`,
    ),
    ...t.units.map((u) => `${u.unitName}: ${u.problems.join('; ')}`),
    ...(t.moreUnits > 0 ? [`… và ${t.moreUnits} đơn vị khác.`] : []),
  ]);
}

function digestText(view: DigestView): string {
  const c = view.completeness;
  const ch = view.changes;
  return textBody([
    `Bản tin tuần ${view.week} – ${view.campaignName}: ${deadlinePhrase(view.deadline, view.daysToDeadline)}.`,
    `Đơn vị: ${c.missing.length} chưa nộp, ${c.withErrors.length} còn lỗi, ${c.clean.length} hợp lệ. Nộp đúng hạn: ${formatPercent(onTimeRateOf(view))}. Tổng số đề nghị: ${view.totals.nominees}.`,
    c.missing.length > 0
      ? textSection(
          'Chưa nộp',
          c.missing.map((u) => u.unitName),
        )
      : '',
    c.withErrors.length > 0
      ? textSection(
          'Còn lỗi',
          c.withErrors.map((u) => `${u.unitName}: ${u.errors} lỗi`),
        )
      : '',
    ch === null
      ? 'Tuần đầu tiên: chưa có bản tổng hợp trước.'
      : `Thay đổi so với tuần trước: thêm ${ch.added}, bớt ${ch.removed}, sửa ${ch.modified}.`,
    textSection(
      `Trùng lặp chờ xem xét: ${view.duplicatesAwaitingReview.groups} nhóm`,
      view.duplicatesAwaitingReview.examples.map((e) => `${e.name}: ${e.units.join(', ')}`),
    ),
    view.overQuota.length > 0
      ? textSection(
          'Vượt chỉ tiêu',
          view.overQuota.map((q) => `${q.unitName}: ${q.count}/${q.quota}`),
        )
      : '',
    textSection(
      'Cơ cấu đại biểu',
      view.structure.map(
        (s) => `${s.label}: ${s.count}/${s.of} (${formatPercent(s.of === 0 ? null : s.count / s.of)})`,
      ),
    ),
    targetsText(view),
  ]);
}
