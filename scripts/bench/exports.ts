// Proposed scripts/bench/exports.ts: import, master sheet plan and official export figures, as ratios to baselines
// measured in the same process.
import ExcelJS from 'exceljs';
import { officialWorkbookBytes } from '../../functions/adapters/xlsx/official-workbook';
import { readWorkbookSheets } from '../../functions/adapters/xlsx/read-workbook';
import { planMasterSheetWrite } from '../../functions/app/outputs/master-sheet-plan';
import { masterTabs } from '../../functions/app/outputs/master-tabs';
import { officialDocuments } from '../../functions/app/outputs/official-lists';
import { gridsFromSheets } from '../../functions/app/submissions/import-grids';
import { decodeTcvn3 } from '../../shared/text/legacy-encoding';
import { largeWorkbook } from '../../test/fixtures/xlsx/make-fixtures';
import { sampleMaster } from '../../test/fixtures/xlsx/sample-master';

async function time(fn: () => Promise<unknown> | unknown, runs = 3): Promise<number> {
  await fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - start) / runs;
}

export async function run(): Promise<void> {
  const bytes = await largeWorkbook(3000);
  const load = await time(async () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer));
  const sheets = await readWorkbookSheets(bytes);
  const read = await time(() => readWorkbookSheets(bytes));
  const grids = await time(() => gridsFromSheets(sheets));
  console.log(
    `import 3,000 rows: exceljs load ${load.toFixed(0)} ms; read sheets ${read.toFixed(0)} ms (${(read / load).toFixed(2)}× load); grids ${grids.toFixed(1)} ms (${(grids / load).toFixed(3)}× load); ${((3000 / (read + grids)) * 1000).toFixed(0)} rows/s`,
  );
  const legacy = sheets.map((s) => ({
    ...s,
    values: s.values.map((r) =>
      r.map((c) => (typeof c === 'string' ? c.replace(/ễ/g, 'Ô').replace(/ă/g, '¨') : c)),
    ),
  }));
  const legacyGrids = await time(() => gridsFromSheets(legacy));
  console.log(
    `legacy TCVN3 detection+conversion: ${legacyGrids.toFixed(1)} ms (${(legacyGrids / grids).toFixed(2)}× unicode grids)`,
  );
  const text = 'NguyÔn V¨n An, Tr\u00ADêng TiÓu häc M\u00ADêng Kh\u00AD¬ng';
  const dec = await time(() => {
    for (let i = 0; i < 10_000; i++) decodeTcvn3(text);
  });
  console.log(`decodeTcvn3: ${((10_000 / dec) * 1000).toFixed(0)} cells/s`);
  for (const n of [200, 2000, 10000]) {
    const master = sampleMaster({ individuals: n - Math.floor(n / 10), collectives: Math.floor(n / 10) });
    const t = await time(() => planMasterSheetWrite(masterTabs({ master }), []));
    const plan = planMasterSheetWrite(masterTabs({ master }), []);
    const payload = Buffer.byteLength(JSON.stringify({ valueInputOption: 'RAW', data: plan.data }));
    console.log(
      `master sheet ${n} entries: plan ${t.toFixed(1)} ms, ${plan.requests.length} batchUpdate requests, 4 API calls, values payload ${(payload / 1024 / 1024).toFixed(2)} MiB, ${plan.cells} cells`,
    );
  }
  const master = sampleMaster({ individuals: 1800, collectives: 200 });
  const docs = officialDocuments({
    master,
    body: { issuer: ['UBND TỈNH LẠNG SƠN', 'BAN THI ĐUA – KHEN THƯỞNG'], place: 'Lạng Sơn' },
  });
  const model = await time(() => officialDocuments({ master, body: { issuer: ['A', 'B'], place: 'X' } }));
  const xlsx = await time(() => Promise.all(docs.map(officialWorkbookBytes)), 2);
  console.log(
    `official exports 2,000 entries: documents ${model.toFixed(1)} ms, xlsx render ${xlsx.toFixed(0)} ms (${(xlsx / model).toFixed(0)}× documents)`,
  );
}
