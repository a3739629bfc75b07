// Plain-text bodies and shared Vietnamese phrases.
import { formatDate, singleLine } from './format';
import type { IssueLine } from './views';

export function textSection(title: string, lines: string[]): string {
  return [title.toUpperCase(), ...lines.map((l) => `  ${l}`)].join('\n');
}

export function textBody(sections: string[]): string {
  return `${sections.filter((s) => s.length > 0).join('\n\n')}\n\n--\nThư gửi tự động từ hệ thống tổng hợp điển hình tiên tiến.\n`.normalize(
    'NFC',
  );
}

/** "còn 3 ngày (hạn 15/12/2026)", "hạn chót là hôm nay", "đã quá hạn 2 ngày". */
export function deadlinePhrase(deadline: string, daysLeft: number): string {
  const date = formatDate(deadline);
  if (daysLeft > 0) return `còn ${daysLeft} ngày (hạn ${date})`;
  if (daysLeft === 0) return `hạn chót là hôm nay (${date})`;
  return `đã quá hạn ${-daysLeft} ngày (hạn ${date})`;
}

export function issueText(issue: IssueLine): string {
  return `${issue.ref}: ${issue.message}`;
}

/** Subject line: single line, NFC. */
export function subject(parts: string[]): string {
  return singleLine(parts.filter((p) => p.length > 0).join(' – '));
}

export function limitIssues(issues: IssueLine[], max: number): { shown: IssueLine[]; more: number } {
  const sorted = [...issues].sort((a, b) => severityRank(a) - severityRank(b));
  return { shown: sorted.slice(0, max), more: Math.max(0, sorted.length - max) };
}

function severityRank(issue: IssueLine): number {
  return issue.severity === 'error' ? 0 : 1;
}
