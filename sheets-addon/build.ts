// Builds the Apps Script project into sheets-addon/dist/: Code.js (one file), appsscript.json and the HTML files.
// Recipe (stack-notes): esbuild pass 1 (ESM + metafile) lists the entry's exports; pass 2 bundles an IIFE under a
// global name, and a footer declares one top-level function per export so Apps Script sees them as globals.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = import.meta.dirname;
const ENTRY = join(ROOT, 'src', 'index.ts');
const HTML_DIR = join(ROOT, 'src', 'ui', 'html');
const GLOBAL_NAME = '__app';
const DEFAULT_FUNCTIONS_URL = 'https://asia-southeast1-tonvinh.cloudfunctions.net/';

export interface BuildOptions {
  /** Output folder; default sheets-addon/dist. */
  outDir?: string;
  /** Prefix allowed in appsscript.json urlFetchWhitelist (https, ends with "/"). */
  functionsUrl?: string;
  /** Default true (about half the size); pass false for readable stack traces while debugging. */
  minify?: boolean;
}

export interface BuildResult {
  outDir: string;
  codePath: string;
  /** Size of Code.js in bytes. */
  bytes: number;
  /** Global functions Apps Script will see. */
  exports: string[];
  htmlFiles: string[];
  millis: number;
}

/**
 * zod's `z` namespace re-exports every locale (about 380 KB); only English is used (zod registers it itself), so
 * the locales barrel is replaced by an empty module.
 */
export const dropZodLocales: Plugin = {
  name: 'drop-zod-locales',
  setup(plugin) {
    plugin.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (args) =>
      args.importer.includes('zod') ? { path: 'zod-locales', namespace: 'empty' } : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

export async function listExports(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  const outputs = Object.values(result.metafile.outputs);
  return outputs.flatMap((output) => output.exports).sort();
}

export function globalsFooter(names: string[]): string {
  return names
    .map((name) => `function ${name}() { return ${GLOBAL_NAME}.${name}.apply(this, arguments); }`)
    .join('\n');
}

async function bundle(exports: string[], minify: boolean): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    minify,
    write: false,
    legalComments: 'none',
    plugins: [dropZodLocales],
    footer: { js: globalsFooter(exports) },
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}

export function manifest(functionsUrl: string): string {
  const template = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as Record<string, unknown>;
  return `${JSON.stringify({ ...template, urlFetchWhitelist: [whitelistEntry(functionsUrl)] }, null, 2)}\n`;
}

function whitelistEntry(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') throw new Error(`urlFetchWhitelist needs an https URL, got ${url}`);
  return `${parsed.origin}/`;
}

const INCLUDE = /<!--\s*include:\s*([\w.-]+\.css)\s*-->/g;

/** Inlines `<!-- include: styles.css -->` as a <style> element (Apps Script serves one file per page). */
export function inlineIncludes(html: string, read: (name: string) => string): string {
  return html.replace(INCLUDE, (_all, name: string) => `<style>\n${read(name).trim()}\n</style>`);
}

function writeHtml(outDir: string): string[] {
  const files = readdirSync(HTML_DIR).filter((name) => name.endsWith('.html'));
  const read = (name: string) => readFileSync(join(HTML_DIR, name), 'utf8');
  for (const name of files) writeFileSync(join(outDir, name), inlineIncludes(read(name), read));
  return files.sort();
}

export async function buildAddon(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const outDir = resolve(options.outDir ?? join(ROOT, 'dist'));
  mkdirSync(outDir, { recursive: true });
  const exports = await listExports(ENTRY);
  const code = await bundle(exports, options.minify ?? true);
  const codePath = join(outDir, 'Code.js');
  writeFileSync(codePath, code);
  writeFileSync(join(outDir, 'appsscript.json'), manifest(options.functionsUrl ?? DEFAULT_FUNCTIONS_URL));
  const htmlFiles = writeHtml(outDir);
  const millis = Math.round(performance.now() - started);
  return { outDir, codePath, bytes: Buffer.byteLength(code), exports, htmlFiles, millis };
}

async function main(): Promise<void> {
  const functionsUrl = process.env.TONVINH_FUNCTIONS_URL;
  const minify = !process.argv.includes('--no-minify');
  const result = await buildAddon(functionsUrl ? { functionsUrl, minify } : { minify });
  const kib = (result.bytes / 1024).toFixed(1);
  console.log(
    `sheets-addon: ${result.codePath} ${kib} KiB, ${result.exports.length} globals, ${result.millis} ms`,
  );
  console.log(`globals: ${result.exports.join(', ')}`);
  console.log(`html: ${result.htmlFiles.join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
