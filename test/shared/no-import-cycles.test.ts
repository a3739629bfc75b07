// shared/ has no import cycles (type-only imports included): each module can be read, and tested, on its own.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^(?:import|export)[^'";]*?from\s+'(\.[^']+)'/gm)].map((m) => m[1] ?? '');
  return specs.map((spec) => `${resolve(dirname(file), spec)}.ts`);
}

/** Every cycle, as the list of files on it (relative), found by depth-first search. */
function cycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => files.includes(t))]));
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open')
        found.push(stack.slice(stack.indexOf(next)).map((f) => relative(root, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

describe('import graph', () => {
  it('shared/ has no import cycle', () => {
    const files = sources(join(root, 'shared'));
    expect(files.length).toBeGreaterThan(50);
    expect(cycles(files)).toEqual([]);
  });

  it('finds a cycle when there is one (type-only imports too)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tonvinh-cycles-'));
    writeFileSync(join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = B[];\n");
    writeFileSync(
      join(dir, 'b.ts'),
      "import { c } from './c';\nexport type B = string;\nexport const b = c;\n",
    );
    writeFileSync(join(dir, 'c.ts'), "export type { A } from './a';\nexport const c = 1;\n");
    expect(cycles(sources(dir)).map((cycle) => cycle.length)).toEqual([3]);
  });
});
