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

  it('fills every generated block with its table (an empty block is not up to date)', () => {
    const doc = readFileSync(docPath, 'utf8');
    for (const [name, render] of Object.entries(DOMAIN_TABLES)) {
      expect(render().split('\n').length).toBeGreaterThan(2);
      expect(doc).toContain(`<!-- ${name}:start -->\n${render()}\n<!-- ${name}:end -->`);
    }
  });

  it('regenerates an emptied block', () => {
    const emptied = '<!-- fields:start -->\n<!-- fields:end -->';
    expect(renderDomainTables(emptied)).toContain('| `fullName` |');
  });

  it('the issue table lists every code once', () => {
    const table = DOMAIN_TABLES['issue-codes']?.() ?? '';
    for (const code of Object.keys(ISSUE_CODES)) expect(table.split(`\`${code}\``)).toHaveLength(2);
  });
});
