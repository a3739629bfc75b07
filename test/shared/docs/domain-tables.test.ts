import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAIN_TABLES, renderDomainTables } from '../../../shared/docs/domain-tables';
import { ISSUE_CODES } from '../../../shared/issues';

const docPath = join(import.meta.dirname, '../../../docs/domain.md');

describe('docs/domain.md', () => {
  it('contains every generated table, up to date (regenerate with renderDomainTables)', () => {
    const doc = readFileSync(docPath, 'utf8');
    for (const name of Object.keys(DOMAIN_TABLES)) expect(doc).toContain(`<!-- ${name}:start -->`);
    expect(renderDomainTables(doc)).toBe(doc);
  });

  it('the issue table lists every code once', () => {
    const table = DOMAIN_TABLES['issue-codes']?.() ?? '';
    for (const code of Object.keys(ISSUE_CODES)) expect(table.split(`\`${code}\``)).toHaveLength(2);
  });
});
