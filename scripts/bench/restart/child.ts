// Child process of the restart benchmark (scripts/bench/restart.ts), one stack per process:
//   build <dataDir> <units> <versions> <rows>: seeds a campaign and submits units × versions grids of <rows> rows
//     over HTTP, then exits without closing (like kill -9: the state is only in the journal);
//   start <dataDir> <unit> <version> [compact]: restarts the stack on the data, reads one version back, prints
//     a JSON line {restoreMs, restoredDocuments, rows, rssMb}, compacts when asked, and exits.
import { startStack } from '../../../functions/local/stack';
import { individualGrid } from '../../../test/support/grids';

const BOARD = 'bench@x.example';
const CAMPAIGN = 'bench';

async function setup(stack: Awaited<ReturnType<typeof startStack>>, units: number): Promise<void> {
  const { services } = stack;
  await services.campaigns.saveCampaign({
    id: CAMPAIGN,
    title: 'Đo khởi động lại',
    eventKind: 'khac',
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    timeZone: 'Asia/Ho_Chi_Minh',
    graceMinutes: 0,
    open: true,
    awards: [],
    quotas: {},
    rules: {},
    createdAt: '',
    updatedAt: '',
  });
  await services.campaigns.saveUnits(
    CAMPAIGN,
    Array.from({ length: units }, (_, i) => ({
      id: `u${i}`,
      name: `Đơn vị ${i}`,
      kind: 'commune' as const,
      status: 'current' as const,
      legacyIds: [],
    })),
  );
  await services.members.saveCampaignMembers(CAMPAIGN, [
    { email: BOARD, role: 'board', unitIds: [], active: true },
  ]);
}

async function submit(url: string, unit: number, version: number, rows: number): Promise<void> {
  const body = {
    campaignId: CAMPAIGN,
    unitId: `u${unit}`,
    kind: 'individual',
    grid: individualGrid(rows, `u${unit}v${version}`),
    submissionKey: `bench-restart-${unit}-${version}`,
  };
  const response = await fetch(`${url}/submitNominations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-user': BOARD },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`submit u${unit} v${version}: HTTP ${response.status} ${text}`);
}

async function build(dataDir: string, units: number, versions: number, rows: number): Promise<void> {
  const stack = await startStack({ port: 0, dataDir, seed: false, env: { LOG_LEVEL: 'error' } });
  await setup(stack, units);
  for (let version = 0; version < versions; version++) {
    const jobs = Array.from({ length: units }, (_, unit) => unit);
    const workers = Array.from({ length: 4 }, async () => {
      for (let unit = jobs.shift(); unit !== undefined; unit = jobs.shift())
        await submit(stack.url, unit, version, rows);
    });
    await Promise.all(workers);
  }
  process.exit(0);
}

async function start(dataDir: string, unit: string, compact: boolean): Promise<void> {
  const t = performance.now();
  const stack = await startStack({ port: 0, dataDir, seed: false, env: { LOG_LEVEL: 'error' } });
  const restoreMs = performance.now() - t;
  const commits = await stack.services.submissions.unit(CAMPAIGN, unit).listCommits();
  const last = commits.at(-1);
  const rows = last
    ? (await stack.services.submissions.unit(CAMPAIGN, unit).readRows(last.versionId)).length
    : 0;
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  console.log(
    JSON.stringify({
      restoreMs,
      restoredDocuments: stack.restoredDocuments,
      versions: commits.length,
      rows,
      rssMb,
    }),
  );
  if (compact) await stack.store?.compact();
  await stack.close();
  process.exit(0);
}

const [mode, dataDir = '', a = '', b = '', c = ''] = process.argv.slice(2);
if (mode === 'build') await build(dataDir, Number(a), Number(b), Number(c));
else await start(dataDir, a, b === 'compact');
