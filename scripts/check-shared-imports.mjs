// Mechanical boundary check: shared/ is pure. Its files may import only zod and other files under shared/,
// and may not touch Node or Apps Script globals, so the add-on can bundle it and tests need no I/O.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const sharedDir = join(root, 'shared');
const importRe =
  /\b(?:import|export)\b[^'"`]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
const forbiddenGlobals =
  /\b(process\.|Buffer\.|__dirname|SpreadsheetApp|UrlFetchApp|HtmlService|PropertiesService|ScriptApp|LockService|Session\.getActiveUser)\b/;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(ts|mts|js|mjs)$/.test(name)) yield path;
  }
}

function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

export function violations(file, text) {
  const found = [];
  const code = stripComments(text);
  for (const m of code.matchAll(importRe)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (spec === 'zod' || spec?.startsWith('zod/')) continue;
    if (spec?.startsWith('.') && resolve(dirname(file), spec).startsWith(sharedDir)) continue;
    found.push(`imports '${spec}'`);
  }
  const g = code.match(forbiddenGlobals);
  if (g) found.push(`uses '${g[1]}'`);
  return found;
}

let bad = 0;
for (const file of walk(sharedDir)) {
  for (const v of violations(file, readFileSync(file, 'utf8'))) {
    console.error(`${relative(root, file)}: ${v} (shared/ may import only zod and shared/ files)`);
    bad++;
  }
}
if (bad > 0) process.exit(1);
console.log('shared/ imports: ok');
