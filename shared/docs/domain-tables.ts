// Markdown tables for docs/domain.md, generated from the data they describe (issue codes, fields, awards,
// eligibility thresholds), so the documentation cannot drift: test/shared/docs/domain-tables.test.ts checks
// that docs/domain.md contains each table between its markers.

import { DUPLICATE_REASONS, ENTRY_ISSUES } from '../consolidation/codes';
import { AWARD_CRITERIA, defaultThresholds } from '../eligibility/criteria';
import { ISSUE_CODES } from '../issues';
import { COMBINED_COLUMNS, FIELDS } from '../schema/fields';
import { AWARDS } from '../vocab/awards';
import { EVENT_KIND_SPECS } from '../vocab/event-kinds';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function issueCodeTable(): string {
  const rows = Object.entries(ISSUE_CODES).map(([code, d]) => [
    `\`${code}\``,
    d.severity,
    d.message,
    d.description,
  ]);
  return table(['code', 'severity', 'Vietnamese message (template)', 'meaning'], rows);
}

/** Codes consolidation puts on master entries, then the duplicate reasons shown with each group. */
export function consolidationCodeTable(): string {
  const entries = Object.entries(ENTRY_ISSUES).map(([code, d]) => [
    `\`${code}\``,
    d.severity,
    d.message,
    d.description,
  ]);
  const reasons = Object.entries(DUPLICATE_REASONS).map(([code, text]) => [
    `\`${code}\``,
    'reason',
    text,
    '',
  ]);
  return table(['code', 'severity', 'Vietnamese message (template)', 'meaning'], [...entries, ...reasons]);
}

export function fieldTable(): string {
  const rows = FIELDS.map((f) => [
    `\`${f.key}\``,
    f.kinds.join(', '),
    f.type,
    f.label,
    f.aliases.join('; '),
    f.description,
  ]);
  const combined = COMBINED_COLUMNS.map((c) => [
    `(${c.id})`,
    c.kinds.join(', '),
    `→ ${c.fields.join(' + ')}`,
    c.label,
    c.aliases.join('; '),
    'Combined column.',
  ]);
  return table(['key', 'kinds', 'type', 'label', 'also matches', 'meaning'], [...rows, ...combined]);
}

export function awardTable(): string {
  const rows = AWARDS.map((a) => [
    `\`${a.code}\``,
    a.label,
    a.category,
    a.kinds.join(', '),
    a.level,
    a.bases.join(', '),
    a.coefficient === undefined ? '' : String(a.coefficient),
  ]);
  return table(['code', 'label', 'category', 'kinds', 'level', 'bases', '× base salary'], rows);
}

export function thresholdTable(): string {
  const defaults = defaultThresholds();
  const rows = AWARD_CRITERIA.flatMap((rule) =>
    Object.keys(defaults)
      .filter((id) => id.startsWith(`${rule.award}.`))
      .map((id) => [
        `\`${id}\``,
        rule.kind,
        String(defaults[id]),
        rule.source + (rule.unverified ? ' (unverified)' : ''),
      ]),
  );
  return table(['threshold id', 'kind', 'default', 'source'], rows);
}

export function eventKindTable(): string {
  const rows = Object.entries(EVENT_KIND_SPECS).map(([kind, spec]) => [
    `\`${kind}\``,
    spec.label,
    `DỰ ${spec.event}`,
    spec.proposalTitle,
    Object.entries(spec.defaultRules)
      .map(([rule, value]) => `\`${rule}: ${JSON.stringify(value)}\``)
      .join(', ') || '—',
    spec.columns
      ? `individual: ${spec.columns.individual.join(', ')}; collective: ${spec.columns.collective.join(', ')}`
      : 'every field',
  ]);
  return table(
    [
      'eventKind',
      'Vietnamese',
      'delegate / structure list title',
      'proposal list title',
      'default rules',
      'template columns',
    ],
    rows,
  );
}

export const DOMAIN_TABLES: Readonly<Record<string, () => string>> = {
  'event-kinds': eventKindTable,
  'issue-codes': issueCodeTable,
  'consolidation-codes': consolidationCodeTable,
  fields: fieldTable,
  awards: awardTable,
  thresholds: thresholdTable,
};

/** Replaces every `<!-- name:start -->…<!-- name:end -->` block of a document with the current table. */
export function renderDomainTables(doc: string): string {
  return renderTables(doc, DOMAIN_TABLES);
}

/** Replaces each named block of `doc` with its table (a block absent from `doc` is left absent). */
export function renderTables(doc: string, tables: Readonly<Record<string, () => string>>): string {
  let out = doc;
  for (const [name, render] of Object.entries(tables)) {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    out = out.replace(re, (_, start: string, end: string) => `${start}\n${render()}\n${end}`);
  }
  return out;
}
