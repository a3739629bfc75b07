// Request types are the zod schemas' types (shared/api/*: z.input for clients, z.output for the use cases), never a
// hand-written copy that can drift from its schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const HAND_WRITTEN = /^export (?:interface|type) (\w+)\b(?! = z\.(?:input|output|infer)<)/gm;

/** For each request schema of shared/api (xRequestSchema), the names its types go by: XRequest, XBody, XRequestBody. */
function requestTypeNames(): Set<string> {
  const schemas = sources(join(root, 'shared/api')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^export const (\w+)RequestSchema\b/gm)].map((m) => m[1] ?? ''),
  );
  const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
  return new Set(
    schemas.flatMap((n) => [`${pascal(n)}Request`, `${pascal(n)}Body`, `${pascal(n)}RequestBody`]),
  );
}

function declaredOwnTypes(dirs: string[], names: Set<string>): string[] {
  return dirs.flatMap(sources).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(HAND_WRITTEN)]
      .map((m) => m[1] ?? '')
      .filter((name) => names.has(name))
      .map((name) => `${relative(root, file)}: ${name}`),
  );
}

describe('request types', () => {
  it('no request type is written by hand: shared/api derives each from its schema, nobody else declares one', () => {
    const names = requestTypeNames();
    expect(names.has('ExportMasterBody')).toBe(true);
    expect(names.size).toBeGreaterThan(30);
    const dirs = ['functions', 'sheets-addon/src', 'shared/api', 'scripts'].map((d) => join(root, d));
    expect(declaredOwnTypes(dirs, names)).toEqual([]);
  });

  it('the use cases take the parsed request types of shared/api', () => {
    const text = ['outputs/export-master.ts', 'consolidation/master-list.ts', 'review/review-nominee.ts']
      .map((f) => readFileSync(join(root, 'functions/app', f), 'utf8'))
      .join('\n');
    for (const name of ['ExportMasterBody', 'MasterListBody', 'ReviewNomineeBody'])
      expect(text).toMatch(
        new RegExp(`import type \\{[^}]*\\b${name}\\b[^}]*\\} from '\\.\\./\\.\\./\\.\\./shared/api/`),
      );
    expect('export interface ExportMasterBody {'.match(HAND_WRITTEN)).not.toBeNull();
  });
});
