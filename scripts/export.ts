// npm run export -- (--master master.json | --campaign C [--master-version N] [--url …] [--user email])
//                   [--body body.json] [--out exports/] [--date YYYY-MM-DD] [--campaign-title "…"]
// Writes the three official xlsx files of a master version: Danh sách đề nghị khen thưởng, Danh sách đại biểu,
// Thống kê cơ cấu đại biểu. The master comes from a JSON file or from the running stack's masterList function.
// The issuing body (left header block, place, signer) comes from --body (JSON, see IssuingBody) or the defaults.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { officialWorkbookBytes } from '../functions/adapters/xlsx/official-workbook';
import { exportMasterFiles } from '../functions/app/outputs/export-files';
import type { IssuingBody } from '../functions/app/outputs/official-lists';
import { MASTER_PAGE_LIMITS, type MasterListResponse } from '../shared/api/master-list';
import type { MasterVersion } from '../shared/consolidation/types';

export interface ExportArgs {
  out: string;
  body: IssuingBody;
  campaignTitle?: string;
  source:
    | { file: string }
    | { campaignId: string; version?: number; url: string; user?: string; token?: string };
}

export const DEFAULT_BODY: IssuingBody = {
  issuer: ['UBND TỈNH LẠNG SƠN', 'BAN THI ĐUA – KHEN THƯỞNG'],
  place: 'Lạng Sơn',
  signer: { titles: ['TRƯỞNG BAN'] },
  recipients: ['Hội đồng Thi đua – Khen thưởng tỉnh', 'Lưu: VT'],
};

const USAGE =
  'Cách dùng: npm run export -- --master <tệp.json> | --campaign <mã đợt> [--url <địa chỉ>] [--out <thư mục>]';

export function parseExportArgs(argv: string[], env: Record<string, string | undefined> = {}): ExportArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      master: { type: 'string' },
      campaign: { type: 'string' },
      'master-version': { type: 'string' },
      url: { type: 'string' },
      user: { type: 'string' },
      body: { type: 'string' },
      out: { type: 'string' },
      date: { type: 'string' },
      'campaign-title': { type: 'string' },
    },
  });
  const body: IssuingBody =
    values.body === undefined ? DEFAULT_BODY : (JSON.parse(readFileSync(values.body, 'utf8')) as IssuingBody);
  const args: ExportArgs = {
    out: values.out ?? 'exports',
    body: values.date === undefined ? body : { ...body, date: values.date },
    source: sourceOf(values, env),
  };
  if (values['campaign-title'] !== undefined) args.campaignTitle = values['campaign-title'];
  return args;
}

function sourceOf(
  values: Record<string, string | undefined>,
  env: Record<string, string | undefined>,
): ExportArgs['source'] {
  if (values.master !== undefined) return { file: values.master };
  if (values.campaign === undefined) throw new Error(USAGE);
  const source: ExportArgs['source'] = {
    campaignId: values.campaign,
    url: values.url ?? 'http://127.0.0.1:8080',
  };
  if (values['master-version'] !== undefined) source.version = Number(values['master-version']);
  if (values.user !== undefined) source.user = values.user;
  if (env.TONVINH_ID_TOKEN !== undefined) source.token = env.TONVINH_ID_TOKEN;
  return source;
}

/** The master version from a JSON file (a MasterVersion, or a masterList response `{ master }`) or the stack. */
export async function loadMaster(source: ExportArgs['source']): Promise<MasterVersion> {
  if ('file' in source) return unwrap(JSON.parse(readFileSync(source.file, 'utf8')));
  return fetchWholeMaster(source);
}

type StackSource = Exclude<ExportArgs['source'], { file: string }>;

/** Pages through masterList (5,000 entries a page; the page token pins the version) and joins the entries. */
export async function fetchWholeMaster(
  source: StackSource,
  pageSize: number = MASTER_PAGE_LIMITS.maxSize,
): Promise<MasterVersion> {
  const first = await masterPage(source, {
    pageSize,
    ...(source.version === undefined ? {} : { version: source.version }),
  });
  const entries = [...first.master.entries];
  for (let token = first.page.nextPageToken; token !== null; ) {
    const next = await masterPage(source, { pageSize, pageToken: token });
    entries.push(...next.master.entries);
    token = next.page.nextPageToken;
  }
  return unwrap({ ...first.master, entries });
}

async function masterPage(source: StackSource, page: Record<string, unknown>): Promise<MasterListResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (source.user !== undefined) headers['x-dev-user'] = source.user;
  if (source.token !== undefined) headers.authorization = `Bearer ${source.token}`;
  const request = { campaignId: source.campaignId, ...page };
  const res = await fetch(`${source.url.replace(/\/$/, '')}/masterList`, {
    method: 'POST',
    headers,
    body: JSON.stringify(request),
  });
  const body = (await res.json()) as unknown;
  if (!res.ok) throw new Error(`masterList ${res.status}: ${JSON.stringify(body)}`);
  return body as MasterListResponse;
}

function unwrap(value: unknown): MasterVersion {
  const candidate = (value as { master?: unknown }).master ?? value;
  const m = candidate as Partial<MasterVersion>;
  if (!Array.isArray(m.entries) || m.stats === undefined || typeof m.campaignId !== 'string') {
    throw new Error('Tệp hoặc phản hồi không chứa một phiên bản danh sách tổng hợp (MasterVersion).');
  }
  return candidate as MasterVersion;
}

export async function runExport(
  args: ExportArgs,
  log: (line: string) => void = console.log,
): Promise<string[]> {
  const master = await loadMaster(args.source);
  const input = {
    master,
    body: args.body,
    ...(args.campaignTitle === undefined ? {} : { campaignTitle: args.campaignTitle }),
  };
  const files = await exportMasterFiles({ render: officialWorkbookBytes }, input);
  mkdirSync(args.out, { recursive: true });
  const paths = files.map((f) => {
    const path = join(args.out, f.name);
    writeFileSync(path, f.bytes);
    log(`Đã ghi ${path} (${f.title})`);
    return path;
  });
  return paths;
}

async function main(): Promise<void> {
  try {
    await runExport(parseExportArgs(process.argv.slice(2), process.env));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
