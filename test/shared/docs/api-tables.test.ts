import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ERRORS } from '../../../shared/api/errors';
import { API_TABLES, errorCodeTable, renderApiTables } from '../../../shared/docs/api-tables';

const docPath = join(import.meta.dirname, '../../../docs/api.md');

describe('docs/api.md', () => {
  it('contains the generated error table, up to date (regenerate with npm run docs:api)', () => {
    const doc = readFileSync(docPath, 'utf8');
    for (const [name, render] of Object.entries(API_TABLES)) {
      expect(render().split('\n').length).toBeGreaterThan(2);
      expect(doc).toContain(`<!-- ${name}:start -->\n${render()}\n<!-- ${name}:end -->`);
    }
    expect(renderApiTables(doc)).toBe(doc);
  });

  it('regenerates an emptied block', () => {
    const emptied = '<!-- error-codes:start -->\n<!-- error-codes:end -->';
    expect(renderApiTables(emptied)).toContain('| 503 | `STORE_UNAVAILABLE` | yes |');
  });

  it('lists every code of the table once, with its status and message', () => {
    const table = errorCodeTable();
    for (const [code, spec] of Object.entries(API_ERRORS)) {
      expect(table.split(`\`${code}\``)).toHaveLength(2);
      expect(table).toContain(`| ${spec.status} | \`${code}\` |`);
      expect(table).toContain(spec.message);
    }
  });
});
