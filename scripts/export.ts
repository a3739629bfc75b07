// npm run export -- [--master master.json | --campaign C [--master-version N] [--url …] [--user email]]
//                   [--body body.json] [--out .local/exports/] [--date YYYY-MM-DD] [--campaign-title "…"]
// With no arguments: the newest master version of the local sample campaign, read from `npm start` as its board.
// Writes the three official xlsx files of a master version: Danh sách đề nghị khen thưởng, Danh sách đại biểu,
// Thống kê cơ cấu đại biểu. The master comes from a JSON file or from the running stack's masterList function.
// The issuing body (left header block, place, signer) comes from --body (JSON, see IssuingBody) or the defaults.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { officialWorkbookBytes } from '../functions/adapters/xlsx/official-workbook';
import { exportMasterFiles } from '../functions/app/outputs/export-files';
import type { IssuingBody } from '../functions/app/outputs/official-lists';
import { BOARD_EMAIL, SEED_CAMPAIGN_ID } from '../functions/local/seed-data';
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

export const USAGE = [
  'Cách dùng: npm run export -- [tùy chọn]   (không có tùy chọn: đợt mẫu của npm start, với tư cách Ban)',
  '  --master <tệp.json>          lấy danh sách tổng hợp từ tệp JSON (MasterVersion hoặc phản hồi masterList)',
  `  --campaign <mã đợt>          lấy từ máy chủ đang chạy (mặc định ${SEED_CAMPAIGN_ID})`,
  '  --master-version <N>         phiên bản tổng hợp (mặc định: mới nhất)',
  '  --url <địa chỉ>              địa chỉ các hàm (mặc định http://127.0.0.1:8080)',
  `  --user <email>               đăng nhập cục bộ (X-Dev-User; mặc định ${BOARD_EMAIL}); TONVINH_ID_TOKEN: mã Google`,
  '  --body <tệp.json>            cơ quan ban hành, nơi ban hành, người ký (IssuingBody)',
  '  --out <thư mục>              nơi ghi tệp (mặc định .local/exports)',
  '  --date <YYYY-MM-DD>          ngày ghi trên văn bản',
  '  --campaign-title <tên>       tên hội nghị/đại hội trên tiêu đề',
  '  --help                       in hướng dẫn này',
].join('\n');

export const DEFAULT_OUT = join('.local', 'exports');

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
      help: { type: 'boolean' },
    },
  });
  if (values.help) throw new UsageError(USAGE);
  const body: IssuingBody =
    values.body === undefined ? DEFAULT_BODY : (JSON.parse(readFileSync(values.body, 'utf8')) as IssuingBody);
  const args: ExportArgs = {
    out: values.out ?? DEFAULT_OUT,
    body: values.date === undefined ? body : { ...body, date: values.date },
    source: sourceOf(values, env),
  };
  if (values['campaign-title'] !== undefined) args.campaignTitle = values['campaign-title'];
  return args;
}

function sourceOf(
  values: Partial<Record<'master' | 'campaign' | 'master-version' | 'url' | 'user', string>>,
  env: Record<string, string | undefined>,
): ExportArgs['source'] {
  if (values.master !== undefined) return { file: values.master };
  const source: StackSource = {
    campaignId: values.campaign ?? SEED_CAMPAIGN_ID,
    url: values.url ?? 'http://127.0.0.1:8080',
  };
  const version = values['master-version'];
  if (version !== undefined) {
    if (!/^[1-9]\d*$/.test(version))
      throw new UsageError(`--master-version phải là số nguyên dương.\n${USAGE}`);
    source.version = Number(version);
  }
  if (env.TONVINH_ID_TOKEN !== undefined) source.token = env.TONVINH_ID_TOKEN;
  else source.user = values.user ?? BOARD_EMAIL;
  return source;
}

/** A usage problem: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
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
  const url = `${source.url.replace(/\/$/, '')}/masterList`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(request) }).catch(() => {
    throw new Error(`Không kết nối được ${url}. Hãy chạy npm start (hoặc chỉ --url) rồi thử lại.`);
  });
  const body = (await res.json()) as { error?: { code: string; message: string } };
  if (!res.ok) {
    const reason = body.error ? `${body.error.message} (${body.error.code})` : JSON.stringify(body);
    throw new Error(`masterList ${res.status}: ${reason}`);
  }
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
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
