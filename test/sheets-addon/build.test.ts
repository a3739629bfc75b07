import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { globalsFooter, manifest } from '../../sheets-addon/build';
import { loadAddon } from '../fakes/apps-script/sandbox';
import type { MenuRecord } from '../fakes/apps-script/ui';
import { builtAddon } from './support/built-addon';

function menuFunctions(menu: MenuRecord): string[] {
  return menu.items.flatMap((item) => {
    if (item === 'separator') return [];
    if ('submenu' in item) return menuFunctions(item.submenu);
    return [item.functionName];
  });
}

describe('build', () => {
  it('writes one Code.js that declares each export as a top-level function', async () => {
    const result = await builtAddon();
    const code = readFileSync(result.codePath, 'utf8');
    expect(result.exports).toContain('onOpen');
    for (const name of result.exports)
      expect(code).toContain(`function ${name}() { return __app.${name}.apply(`);
    expect(result.bytes).toBe(Buffer.byteLength(code));
    expect(code).not.toMatch(/\bimport\s*\(|\brequire\(/);
  });

  it('runs onOpen without authorisation: builds the menu and calls no server and no properties', async () => {
    const addon = loadAddon({ distDir: (await builtAddon()).outDir });
    addon.call('onOpen', { authMode: 'NONE' });
    expect(addon.urlFetch.requests).toEqual([]);
    expect(
      addon.log.count((c) =>
        ['PropertiesService', 'ScriptApp', 'UrlFetchApp', 'Session'].includes(c.service),
      ),
    ).toBe(0);
    const [menu] = addon.ui.menus;
    expect(menu?.title).toBe('Thi đua – Khen thưởng');
    expect(menu?.items[0]).toEqual({ caption: 'Kết nối chiến dịch…', functionName: 'menuConnectCampaign' });
  });

  it('points every menu item at a real global function of Code.js', async () => {
    const addon = loadAddon({ distDir: (await builtAddon()).outDir });
    addon.call('onOpen');
    const names = addon.ui.menus.flatMap(menuFunctions);
    expect(names).toHaveLength(26);
    for (const name of names) expect(addon.hasGlobal(name), name).toBe(true);
    expect(names.filter((n) => n.endsWith('_'))).toEqual([]);
  });

  it('writes a V8 manifest with narrow scopes and the functions host whitelisted', async () => {
    const result = await builtAddon();
    const written = JSON.parse(readFileSync(join(result.outDir, 'appsscript.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(written.runtimeVersion).toBe('V8');
    expect(written.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.external_request',
      'openid',
      'https://www.googleapis.com/auth/userinfo.email',
      'https://www.googleapis.com/auth/drive.readonly',
    ]);
    const custom = JSON.parse(manifest('https://asia-southeast1-demo.cloudfunctions.net/x')) as Record<
      string,
      unknown
    >;
    expect(custom.urlFetchWhitelist).toEqual(['https://asia-southeast1-demo.cloudfunctions.net/']);
    expect(() => manifest('http://example.com/')).toThrow(/https/);
  });

  it('copies the sidebar HTML files next to Code.js', async () => {
    const result = await builtAddon();
    expect(result.htmlFiles).toEqual(
      expect.arrayContaining(['SidebarIssues.html', 'SidebarStatus.html', 'SidebarDuplicates.html']),
    );
  });

  it('footer delegates to the bundle global', () => {
    expect(globalsFooter(['a', 'b'])).toBe(
      'function a() { return __app.a.apply(this, arguments); }\nfunction b() { return __app.b.apply(this, arguments); }',
    );
  });
});
