// Runs on Apps Script's runtime: the built Code.js with the library methods newer than what Apps Script's V8 is
// known to provide removed from the vm's built-ins (conservatively everything from ES2021 on), exercising the main
// actions end to end on recorded server answers. Objects the fakes hand over (e.g. getValues() arrays) come from
// the host realm and still carry the methods, so the bundle is also scanned for those names; the add-on's
// typecheck uses lib ES2020 (sheets-addon/tsconfig.json) for the same reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Addon } from '../fakes/apps-script/sandbox';
import { builtAddon } from './support/built-addon';
import { replay, replayRoutes } from './support/recordings';
import { addon } from './support/world';

/** ES2021+ library additions (ES2021: replaceAll, Promise.any, WeakRef; ES2022: at, hasOwn; ES2023: findLast,
 * change-array-by-copy; ES2024: groupBy, isWellFormed, withResolvers), plus structuredClone (not ECMAScript). */
const NEWER_BUILTINS = [
  'String.prototype.replaceAll',
  'Promise.any',
  'globalThis.AggregateError',
  'globalThis.WeakRef',
  'globalThis.FinalizationRegistry',
  'Array.prototype.at',
  'String.prototype.at',
  'Object.hasOwn',
  'Array.prototype.findLast',
  'Array.prototype.findLastIndex',
  'Array.prototype.toSorted',
  'Array.prototype.toReversed',
  'Array.prototype.toSpliced',
  'Array.prototype.with',
  'Object.groupBy',
  'Map.groupBy',
  'String.prototype.isWellFormed',
  'String.prototype.toWellFormed',
  'Promise.withResolvers',
  'globalThis.structuredClone',
];

const METHOD_NAMES =
  /\.(replaceAll|findLast|findLastIndex|toSorted|toReversed|toSpliced|isWellFormed|toWellFormed|withResolvers|hasOwn|groupBy|at)\(/g;

const UNEXPECTED = 'Đã xảy ra lỗi không mong muốn';

async function oldRuntime(routes: Parameters<typeof replayRoutes>[0]): Promise<Addon> {
  return addon({ fetch: replayRoutes(routes), removeBuiltins: NEWER_BUILTINS });
}

function noUnexpected(a: Addon): void {
  expect(a.ui._alerts().filter((t) => t.includes(UNEXPECTED))).toEqual([]);
}

describe('Code.js on a runtime without ES2021+ library methods', () => {
  it('the vm really lacks them', async () => {
    const a = await oldRuntime({});
    a.call('onOpen');
    const { createContext, runInContext } = await import('node:vm');
    const context = createContext({});
    for (const path of NEWER_BUILTINS) runInContext(`delete ${path}`, context);
    expect(runInContext('typeof [].findLast + typeof Object.hasOwn + typeof "".replaceAll', context)).toBe(
      'undefinedundefinedundefined',
    );
  });

  it('the bundle calls none of them by name', async () => {
    const code = readFileSync((await builtAddon()).codePath, 'utf8');
    expect([...code.matchAll(METHOD_NAMES)].map((m) => m[0])).toEqual([]);
  });

  it('unit: template, connect, check, submit, status', async () => {
    const a = await oldRuntime({
      campaignStatus: 'unit',
      validateRows: 'issues',
      submitNominations: 'clean',
    });
    a.call('onOpen');
    a.call('menuCreateTemplate');
    a.ui.promptAnswers.push(['OK', 'ls-dhtt-2026'], ['OK', 'so-y-te'], ['OK', 'https://fn.example.test']);
    a.call('menuConnectCampaign');
    const sheet = a.spreadsheet._sheet('Cá nhân');
    a.spreadsheet._active = sheet;
    sheet._fill([['1', 'Lê Văn Cường']], 2);
    a.call('menuCheckList');
    a.call('menuSubmitList');
    a.call('menuShowStatus');
    noUnexpected(a);
    expect(a.ui._alerts().join('\n')).toContain('Đã kết nối.');
    expect(a.ui.sidebars.length).toBeGreaterThanOrEqual(2);
    expect(a.urlFetch._posted('submitNominations')).toHaveLength(1);
  });

  it('board: setup, unit sheets, consolidate, duplicates, overview, master sheet, export', async () => {
    const a = await oldRuntime({
      // A read of the stored campaign (only the id) finds none; the save creates it.
      adminCampaign: (body) =>
        replay('adminCampaign', Object.keys(body as object).length === 1 ? 'read-unknown' : 'created'),
      consolidate: 'done',
      consolidationStatus: 'done',
      masterList: 'board',
      reviewDuplicates: 'same',
      campaignStatus: 'board',
      writeMasterSheet: 'written',
      exportMaster: 'all',
    });
    a.properties.document.setProperties({
      'tonvinh.functionsUrl': 'https://fn.example.test',
      'tonvinh.unitId': 'so-y-te',
    });
    a.call('menuSetupCampaign');
    const campaign = a.spreadsheet._sheet('Đợt thi đua');
    const put = (label: string, value: unknown) =>
      campaign._put(campaign._values, campaign._values.findIndex((r) => r[0] === label) + 1, 2, value);
    put('Mã đợt', 'ls-dhtt-2026');
    put('Tên đợt', 'Hội nghị điển hình tiên tiến');
    put('Loại sự kiện', 'Hội nghị điển hình tiên tiến');
    put('Hạn nộp', '30/06/2026 17:00');
    a.spreadsheet
      ._sheet('Đơn vị')
      ._fill([['so-y-te', 'Sở Y tế', 'Sở, ban, ngành', 'a@langson.example', 5]], 2);
    a.call('menuSaveSetup');
    expect(a.urlFetch._posted('adminCampaign')).toMatchObject([
      { campaignId: 'ls-dhtt-2026' },
      { campaignId: 'ls-dhtt-2026', campaign: { quotas: { 'so-y-te': { total: 5 } } } },
    ]);
    expect(a.call('provisionUnitSheets')).toMatchObject({ created: 1, finished: true });
    a.call('menuConsolidate');
    const runId = a.ui.sidebars.at(-1)?._payload<{ runId: string }>().runId ?? '';
    expect(a.call('runConsolidation', runId, { notifyUnits: false, writeSheet: false })).toMatchObject({
      state: 'done',
    });
    expect(a.call('consolidationProgress', runId)).toMatchObject({ state: 'done' });
    a.call('menuReviewDuplicates');
    a.call('menuSubmissionOverview');
    a.call('menuWriteMasterSheet');
    a.call('menuExportMaster');
    noUnexpected(a);
    expect(a.drive.files.size).toBe(1 + 1 + 3);
  });
});
