// Builds the add-on once per test process into a temporary folder (tests never write sheets-addon/dist).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildResult, buildAddon } from '../../../sheets-addon/build';

let pending: Promise<BuildResult> | null = null;

export function builtAddon(): Promise<BuildResult> {
  pending ??= buildAddon({ outDir: mkdtempSync(join(tmpdir(), 'tonvinh-addon-')) });
  return pending;
}
