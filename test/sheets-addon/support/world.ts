// Helpers to set up the add-on in the vm for action tests.
import { type Addon, type AddonOptions, loadAddon } from '../../fakes/apps-script/sandbox';
import type { FakeSheet } from '../../fakes/apps-script/spreadsheet';
import { builtAddon } from './built-addon';

export const CAMPAIGN = 'ls-dhtt-2026';
export const UNIT = 'so-y-te';

export async function addon(options: Omit<AddonOptions, 'distDir'> = {}): Promise<Addon> {
  return loadAddon({ ...options, distDir: (await builtAddon()).outDir });
}

/** Stores a connection the way "Kết nối chiến dịch…" does (document properties). */
export function connect(a: Addon, functionsUrl = 'https://functions.example.test', unitId = UNIT): void {
  a.properties.document.setProperties({
    'tonvinh.campaignId': CAMPAIGN,
    'tonvinh.unitId': unitId,
    'tonvinh.functionsUrl': functionsUrl,
  });
}

/** Creates the template through the real menu action and returns the raw "Cá nhân" sheet. */
export function withTemplate(a: Addon, tab = 'Cá nhân'): FakeSheet {
  a.call('menuCreateTemplate');
  const sheet = a.spreadsheet._sheet(tab);
  a.spreadsheet._active = sheet;
  return sheet;
}

export function headerOf(sheet: FakeSheet): string[] {
  return (sheet._values[0] ?? []).map(String);
}

export function column(sheet: FakeSheet, label: string): number {
  const index = headerOf(sheet).indexOf(label);
  if (index < 0) throw new Error(`no column ${label}`);
  return index + 1;
}

/** A data row in template order from a partial record keyed by header label. */
export function row(sheet: FakeSheet, values: Record<string, unknown>): unknown[] {
  return headerOf(sheet).map((label) => values[label] ?? '');
}
