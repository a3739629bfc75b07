// Markdown tables for docs/api.md, generated from the one error table (shared/api/errors.ts), so the documentation
// cannot drift: test/shared/docs/api-tables.test.ts checks that docs/api.md holds each table between its markers.
// Regenerate with `npm run docs:api`.

import { API_ERRORS } from '../api/errors';
import { renderTables, table } from './domain-tables';

/** Every error code: HTTP status, retryability, meaning (English) and the Vietnamese message users see. */
export function errorCodeTable(): string {
  const rows = Object.entries(API_ERRORS)
    .sort(([a, x], [b, y]) => x.status - y.status || a.localeCompare(b))
    .map(([code, spec]) => [
      String(spec.status),
      `\`${code}\``,
      spec.retryable ? 'yes' : 'no',
      spec.description,
      spec.message,
    ]);
  return table(['status', 'code', 'retry', 'when', 'Vietnamese message'], rows);
}

export const API_TABLES: Readonly<Record<string, () => string>> = { 'error-codes': errorCodeTable };

/** Replaces every `<!-- name:start -->…<!-- name:end -->` block of docs/api.md with the current table. */
export function renderApiTables(doc: string): string {
  return renderTables(doc, API_TABLES);
}
