// npm run submit -- <grid.json> [--unit U] [--campaign C] [--user email] [--kind individual|collective] [--url …]
// Submits a sample grid (examples/grids/*.json: the grid contract the add-on reads) to the running stack as its unit
// would: the unit defaults to the file's name (examples/grids/so-noi-vu.json → so-noi-vu), the campaign to the
// seeded one, the user to the unit's editor. The submission key derives from the file's content, so sending the same
// file again is a replay. Prints the version, the counts and the issues in Vietnamese.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { SEED_CAMPAIGN_ID, unitEmail } from '../functions/local/seed-data';
import type { SubmitNominationsRequest } from '../shared/api/nominations';
import { cellLabel } from '../shared/grid/a1';

export const SUBMIT_USAGE =
  'Cách dùng: npm run submit -- <tệp lưới .json> [--unit <mã đơn vị>] [--campaign <mã đợt>] [--user <email>] [--kind individual|collective] [--url <địa chỉ>]';

export interface SubmitArgs {
  url: string;
  user: string;
  request: SubmitNominationsRequest;
}

export function parseSubmitArgs(argv: string[], read: (path: string) => string = readText): SubmitArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      unit: { type: 'string' },
      campaign: { type: 'string' },
      user: { type: 'string' },
      kind: { type: 'string' },
      url: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (file === undefined) throw new Error(SUBMIT_USAGE);
  const text = read(file);
  const unitId = values.unit ?? basename(file).replace(/\.json$/i, '');
  const kind = values.kind === 'collective' ? 'collective' : 'individual';
  const submissionKey = `file-${createHash('sha256').update(`${kind}\n${text}`).digest('hex').slice(0, 24)}`;
  return {
    url: values.url ?? 'http://127.0.0.1:8080',
    user: values.user ?? unitEmail(unitId),
    request: {
      campaignId: values.campaign ?? SEED_CAMPAIGN_ID,
      unitId,
      kind,
      grid: JSON.parse(text) as SubmitNominationsRequest['grid'],
      submissionKey,
    },
  };
}

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

interface Answer {
  version?: number;
  replayed?: boolean;
  summary?: { rows: number; errors: number; warnings: number };
  issues?: Array<{ row: number; column: number; severity: string; message: string }>;
  error?: { code: string; message: string };
}

export function formatAnswer(status: number, body: Answer): string {
  if (body.error) return `HTTP ${status} ${body.error.code}: ${body.error.message}`;
  const s = body.summary;
  const head = `Đã nhận phiên bản ${body.version}${body.replayed ? ' (gửi lại, không tạo phiên bản mới)' : ''}: ${s?.rows} dòng, ${s?.errors} lỗi, ${s?.warnings} cảnh báo.`;
  const lines = (body.issues ?? []).map(
    (i) => `  ô ${cellLabel(i.row, i.column)} – ${i.severity === 'error' ? 'lỗi' : 'cảnh báo'}: ${i.message}`,
  );
  return [head, ...lines].join('\n');
}

async function main(): Promise<void> {
  try {
    const args = parseSubmitArgs(process.argv.slice(2));
    const url = `${args.url.replace(/\/$/, '')}/submitNominations`;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-user': args.user },
      body: JSON.stringify(args.request),
    }).catch(() => {
      throw new Error(`Không kết nối được ${url}. Hãy chạy npm start rồi thử lại.`);
    });
    console.log(formatAnswer(res.status, (await res.json()) as Answer));
    if (!res.ok) process.exitCode = 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
