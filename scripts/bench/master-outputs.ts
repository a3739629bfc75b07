// The wired outputs over HTTP on the local stack (embedded emulator, real Sheets client against the local stand-in),
// as ratios to baselines measured here in the same process:
// 1. writeMasterSheet and exportMaster against reading the same version with masterList (pageSize 5,000);
// 2. importWorkbook of an N-row workbook against submitNominations of the grid it yields.
// Cold start (the entry module, what each function's first request loads) is measured by scripts/bench/functions.ts.
import { LOCAL_SPREADSHEET_ID, startStack } from '../../functions/local/stack';
import { largeWorkbook } from '../../test/fixtures/xlsx/make-fixtures';

const BOARD = 'bench@x.example';

async function post(url: string, fn: string, body: unknown, user = BOARD): Promise<unknown> {
  const response = await fetch(`${url}/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-user': user },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as unknown;
  if (!response.ok) throw new Error(`${fn} ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

async function timed(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - start) / runs;
}

async function seedCampaign(url: string, units: number, rows: number): Promise<void> {
  const list = Array.from({ length: units + 1 }, (_, i) => ({
    id: `u${i}`,
    name: `Đơn vị ${i}`,
    kind: 'commune',
  }));
  const campaign = {
    title: 'Đo đầu ra',
    eventKind: 'khac',
    deadline: new Date(Date.now() + 86_400_000).toISOString(),
    masterSpreadsheetId: LOCAL_SPREADSHEET_ID,
  };
  await post(url, 'adminCampaign', { campaignId: 'outputs', campaign, units: list });
  const { sampleGrid } = await import('../../functions/local/seed-data');
  for (let i = 0; i < units; i++) {
    const body = { campaignId: 'outputs', unitId: `u${i}`, kind: 'individual', grid: sampleGrid(i, rows) };
    await post(url, 'submitNominations', { ...body, submissionKey: `bench-outputs-${i}` });
  }
  await post(url, 'consolidate', { campaignId: 'outputs' });
}

async function outputs(url: string): Promise<void> {
  const listed = (await post(url, 'masterList', { campaignId: 'outputs', pageSize: 1 })) as {
    page: { total: number };
  };
  const entries = `${listed.page.total} entries`;
  const read = await timed(() => post(url, 'masterList', { campaignId: 'outputs', pageSize: 5000 }));
  const sheet = await timed(() => post(url, 'writeMasterSheet', { campaignId: 'outputs' }));
  const files = await timed(() => post(url, 'exportMaster', { campaignId: 'outputs' }));
  console.log(
    `${entries}: masterList (baseline) ${read.toFixed(0)} ms; writeMasterSheet ${sheet.toFixed(0)} ms (${(sheet / read).toFixed(1)}×); exportMaster ${files.toFixed(0)} ms (${(files / read).toFixed(1)}×)`,
  );
}

async function imports(url: string, units: number, rows: number): Promise<void> {
  const bytes = await largeWorkbook(rows);
  const unitId = `u${units}`;
  let n = 0;
  const viaXlsx = await timed(async () => {
    // A different file each run (one changed cell would do; a new row number suffices), so nothing is replayed.
    const file = n++ === 0 ? bytes : await largeWorkbook(rows + n);
    return post(url, 'importWorkbook', {
      campaignId: 'outputs',
      unitId,
      fileBase64: file.toString('base64'),
    });
  }, 2);
  const { individualGrid } = await import('../../test/support/grids');
  let k = 0;
  const viaGrid = await timed(
    () =>
      post(url, 'submitNominations', {
        campaignId: 'outputs',
        unitId,
        kind: 'individual',
        grid: individualGrid(rows, `${unitId}-${k}`),
        submissionKey: `bench-grid-${k++}`,
      }),
    2,
  );
  console.log(
    `importWorkbook ${rows} rows (${(bytes.byteLength / 1024).toFixed(0)} KiB xlsx): ${viaXlsx.toFixed(0)} ms; submitNominations of a ${rows}-row grid (baseline) ${viaGrid.toFixed(0)} ms; ratio ${(viaXlsx / viaGrid).toFixed(2)}`,
  );
}

export async function run(): Promise<void> {
  const stack = await startStack({ port: 0, seed: false, env: { LOG_LEVEL: 'error' } });
  await stack.services.members.saveMembers([{ email: BOARD, role: 'admin', unitIds: [], active: true }]);
  try {
    await seedCampaign(stack.url, 40, 50);
    await outputs(stack.url);
    await imports(stack.url, 40, 2000);
  } finally {
    await stack.close();
  }
}
