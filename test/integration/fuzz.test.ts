// Fuzz: 10,000 generated requests (wrong types, missing fields, huge grids, broken UTF-8, wrong content types,
// random and corrupted workbook files, export and sheet options) against every HTTP function. Not one may answer
// 5xx, and every refusal carries a known code of the one table (API_ERRORS; mail codes never reach HTTP) with
// that code's Vietnamese message.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SPREADSHEET_ID, type Stack, startStack } from '../../functions/local/stack';
import { API_ERRORS } from '../../shared/api/errors';
import { HTTP_FUNCTIONS } from '../../shared/api/functions';
import { EXPORT_LAYOUTS } from '../../shared/api/master-outputs';
import { messyOfficialWorkbook, xlsBytes } from '../fixtures/xlsx/make-fixtures';
import { BOARD, CAMPAIGN, individualGrid, userOf } from '../support/grids';

let stack: Stack;
let outbox: string;
let workbook: Buffer;
const MAX = 96 * 1024;
const RUNS = 10_000;
/** code → its Vietnamese message. */
const KNOWN = new Map<string, string>(Object.entries(API_ERRORS).map(([code, spec]) => [code, spec.message]));

beforeAll(async () => {
  outbox = await mkdtemp(join(tmpdir(), 'tonvinh-fuzz-outbox-'));
  process.env.MAIL_OUTBOX_DIR = outbox;
  workbook = await messyOfficialWorkbook();
  stack = await startStack({ port: 0, env: { MAX_BODY_BYTES: String(MAX) } });
  // The master spreadsheet is the local Sheets stand-in, so writeMasterSheet and consolidate's writeSheet write.
  const campaign = await stack.services.campaigns.getCampaign(CAMPAIGN);
  if (campaign)
    await stack.services.campaigns.saveCampaign({ ...campaign, masterSpreadsheetId: LOCAL_SPREADSHEET_ID });
});

afterAll(async () => {
  await stack.close();
  await rm(outbox, { recursive: true, force: true });
});

const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string()),
  fc.object(),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof(arb, anyValue), { nil: undefined });
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.object({ maxDepth: 1 }),
);
const grid = fc.record(
  {
    header: fc.oneof(
      fc.array(fc.string({ maxLength: 8 }), { maxLength: 6 }),
      fc.array(fc.array(fc.string()), { maxLength: 3 }),
      anyValue,
    ),
    rows: fc.oneof(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }), anyValue),
    firstRow: fc.oneof(fc.integer({ min: -3, max: 50 }), anyValue),
    sheetName: maybe(fc.string()),
  },
  { requiredKeys: [] },
);
const bytes = (head: number[]) =>
  fc.uint8Array({ maxLength: 200 }).map((tail) => Buffer.from([...head, ...tail]).toString('base64'));
/** importWorkbook's fileBase64: random bytes, zip and OLE (xls) signatures, a real workbook cut or with one byte
 *  changed, the real workbook itself, legacy .xls bytes, and strings that are not base64. */
const file = (real: Buffer) =>
  fc.oneof(
    bytes([]),
    bytes([0x50, 0x4b, 0x03, 0x04]),
    bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    fc.integer({ min: 0, max: real.length }).map((n) => real.subarray(0, n).toString('base64')),
    fc.record({ at: fc.nat(real.length - 1), value: fc.nat(255) }).map(({ at, value }) => {
      const copy = Buffer.from(real);
      copy[at] = value;
      return copy.toString('base64');
    }),
    fc.constant(real.toString('base64')),
    fc.constant(xlsBytes().toString('base64')),
    fc.string({ maxLength: 40 }),
  );
const structured = (real: Buffer) =>
  fc
    .record(
      {
        campaignId: maybe(fc.constantFrom(CAMPAIGN, 'khong-ton-tai', '', '../x', 'a'.repeat(80))),
        unitId: maybe(fc.constantFrom('so-noi-vu', 'so-y-te', 'tt-dong-dang-cu', 'zz', '')),
        kind: maybe(fc.constantFrom('individual', 'collective', 'both')),
        grid: maybe(grid),
        submissionKey: maybe(fc.string({ minLength: 0, maxLength: 20 })),
        campaign: maybe(
          fc.record(
            { title: fc.string(), deadline: fc.string(), eventKind: fc.string() },
            { requiredKeys: [] },
          ),
        ),
        members: maybe(fc.array(fc.record({ email: fc.string(), role: fc.string() }), { maxLength: 2 })),
        fileBase64: maybe(file(real)),
        fileName: maybe(fc.constantFrom('danh-sach.xlsx', 'cũ.xls', '', ' ')),
        version: maybe(fc.integer({ min: -1, max: 4 })),
        layouts: maybe(fc.array(fc.constantFrom(...EXPORT_LAYOUTS, 'khac'), { maxLength: 4 })),
        date: maybe(fc.constantFrom('2026-11-20', '2026-13-40', '20/11/2026')),
        dryRun: maybe(fc.boolean()),
        writeSheet: maybe(fc.boolean()),
        notifyUnits: maybe(fc.boolean()),
      },
      { requiredKeys: [] },
    )
    .map((body) => JSON.stringify(body));

const huge = fc.constant(
  JSON.stringify({
    campaignId: CAMPAIGN,
    unitId: 'so-noi-vu',
    kind: 'individual',
    grid: individualGrid(1500),
  }),
);
const brokenUtf8 = fc
  .uint8Array({ minLength: 1, maxLength: 64 })
  .map((bytes) => Uint8Array.from([0x7b, 0x22, 0xc3, ...bytes, 0xff, 0x22, 0x7d]));
const payload = (real: Buffer) =>
  fc.oneof(
    { weight: 10, arbitrary: structured(real) },
    { weight: 3, arbitrary: fc.json().map(String) },
    { weight: 2, arbitrary: fc.string() },
    { weight: 2, arbitrary: brokenUtf8 },
    { weight: 1, arbitrary: huge },
  );
const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'text/plain',
      'application/xml',
      'application/json; charset=utf-16',
      'multipart/form-data',
      '',
    ),
  },
);
const anyRequest = (real: Buffer) =>
  fc.record({
    fn: fc.constantFrom<string>(...HTTP_FUNCTIONS),
    body: payload(real),
    contentType,
    user: fc.constantFrom(BOARD, userOf('so-noi-vu'), 'la@x.example', ''),
  });
const json = (arb: fc.Arbitrary<object>) => arb.map((body) => JSON.stringify(body));
/** Signed-in, well-formed shells around fuzzed files, so the import's own checks run (not only the schema). */
const importRequest = (real: Buffer) =>
  fc.record({
    fn: fc.constant('importWorkbook'),
    body: json(
      fc.record({
        campaignId: fc.constant(CAMPAIGN),
        unitId: fc.constant('so-noi-vu'),
        fileBase64: file(real),
        fileName: maybe(fc.constantFrom('danh-sach.xlsx', 'cũ.xls', '')),
      }),
    ),
    contentType: fc.constant('application/json'),
    user: fc.constantFrom(BOARD, userOf('so-noi-vu')),
  });
/** The board's output functions with fuzzed versions, layouts, dates and options. */
const outputRequest = fc.record({
  fn: fc.constantFrom('exportMaster', 'writeMasterSheet', 'consolidate', 'masterList'),
  body: json(
    fc.record(
      {
        campaignId: fc.constant(CAMPAIGN),
        version: maybe(fc.integer({ min: -1, max: 4 })),
        layouts: maybe(fc.array(fc.constantFrom(...EXPORT_LAYOUTS, 'khac'), { maxLength: 4 })),
        date: maybe(fc.constantFrom('2026-11-20', '2026-13-40', '20/11/2026')),
        dryRun: maybe(fc.boolean()),
        writeSheet: maybe(fc.boolean()),
        notifyUnits: maybe(fc.boolean()),
      },
      { requiredKeys: ['campaignId'] },
    ),
  ),
  contentType: fc.constant('application/json'),
  user: fc.constant(BOARD),
});
const request = (real: Buffer) =>
  fc.oneof(
    { weight: 16, arbitrary: anyRequest(real) },
    { weight: 2, arbitrary: importRequest(real) },
    { weight: 1, arbitrary: outputRequest },
  );

/** What the slices have seen so far; the last test checks what all 10,000 requests together must reach. */
const seen = {
  statuses: new Map<number, number>(),
  unknownCodes: [] as string[],
  codes: new Set<string>(),
  outputs: new Set<string>(),
  /** Each 5xx answer: function, status, code and the start of the body sent (to reproduce it). */
  serverErrors: [] as string[],
};

async function send(item: Item): Promise<void> {
  const headers: Record<string, string> = item.contentType ? { 'content-type': item.contentType } : {};
  if (item.user) headers['x-dev-user'] = item.user;
  const response = await fetch(`${stack.url}/${item.fn}`, { method: 'POST', headers, body: item.body });
  seen.statuses.set(response.status, (seen.statuses.get(response.status) ?? 0) + 1);
  const body = (await response.json()) as { error?: { code: string; message: string } };
  const known = body.error !== undefined && KNOWN.get(body.error.code) === body.error.message;
  if (response.status !== 200 && !known) seen.unknownCodes.push(`${item.fn} ${String(body.error?.code)}`);
  if (response.status !== 200) seen.codes.add(`${item.fn} ${body.error?.code}`);
  if (response.status >= 500)
    seen.serverErrors.push(
      `${item.fn} ${response.status} ${body.error?.code} ${String(item.body).slice(0, 300)}`,
    );
  else seen.outputs.add(`${item.fn} 200`);
}

/** Sends `items` over 8 concurrent connections. */
async function sendAll(items: Item[]): Promise<void> {
  const queue = [...items].reverse();
  const worker = async () => {
    for (let item = queue.pop(); item; item = queue.pop()) await send(item);
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

type Item = ReturnType<typeof sampleOf>[number];
const sampleOf = (real: Buffer) => fc.sample(request(real), { numRuns: RUNS, seed: 20260701 });

/** The 10,000 requests (one seed) are sent in SLICES test cases, each bounded (about 3 s on a quiet 2-core
 *  machine) with a limit 60 times that, so a busy machine slows the run but cannot fail it (on a 2-core machine
 *  at load average 18 a slice of 1,000 took up to 106 s, 12 times its quiet time). */
const SLICES = 20;
const PER_SLICE = RUNS / SLICES;
const SLICE_TIMEOUT = 180_000;

describe('fuzz', () => {
  let samples: Item[] = [];
  beforeAll(() => {
    // Last generated first: the order in which the single 10,000-request test used to send them.
    samples = sampleOf(workbook).reverse();
  });

  it('generates the requests', () => {
    expect(samples).toHaveLength(RUNS);
  });

  for (let slice = 0; slice < SLICES; slice++) {
    const from = slice * PER_SLICE;
    it(
      `answers generated requests ${from + 1}–${from + PER_SLICE} of ${RUNS} without a 5xx and with known codes`,
      async () => {
        const before = [...seen.statuses.values()].reduce((a, b) => a + b, 0);
        await sendAll(samples.slice(from, from + PER_SLICE));
        const total = [...seen.statuses.values()].reduce((a, b) => a + b, 0);
        expect(total - before).toBe(PER_SLICE);
        expect(seen.serverErrors).toEqual([]);
        expect(seen.unknownCodes).toEqual([]);
      },
      SLICE_TIMEOUT,
    );
  }

  it(`reached every refusal status and the new functions past the schema over all ${RUNS} requests`, () => {
    const total = [...seen.statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(RUNS);
    expect([400, 401, 403, 413, 415].every((s) => (seen.statuses.get(s) ?? 0) > 0)).toBe(true);
    // The new functions are reached past the schema: the import refuses bad files with export codes.
    expect(seen.codes).toContain('importWorkbook IMPORT_NOT_XLSX');
    expect(seen.codes).toContain('importWorkbook IMPORT_XLS_UNSUPPORTED');
    expect(seen.outputs.has('writeMasterSheet 200') && seen.outputs.has('exportMaster 200')).toBe(true);
  });
});
