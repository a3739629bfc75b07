// npm run import -- --campaign C --unit U [--url http://127.0.0.1:8080] [--user email] file.xlsx
// Reads a unit's workbook and submits each recognised list (cá nhân, tập thể) through submitNominations, with the
// file's content hash as submissionKey: importing the same file twice makes one version. Signs in with X-Dev-User
// against the local stack (--user), or with the ID token in TONVINH_ID_TOKEN against a deployed function.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { xlsxSheetReader } from '../functions/adapters/xlsx/read-workbook';
import { type ImportWorkbookResult, importWorkbook } from '../functions/app/submissions/workbook-lists';
import type { SubmitNominationsRequest, SubmitNominationsResponse } from '../shared/api/nominations';
import { columnLetter } from '../shared/grid/a1';

export interface ImportArgs {
  campaignId: string;
  unitId: string;
  url: string;
  file: string;
  user?: string;
  token?: string;
}

const USAGE =
  'Cách dùng: npm run import -- --campaign <mã đợt> --unit <mã đơn vị> [--url <địa chỉ>] [--user <email>] <tệp.xlsx>';

export function parseImportArgs(argv: string[], env: Record<string, string | undefined> = {}): ImportArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      campaign: { type: 'string' },
      unit: { type: 'string' },
      url: { type: 'string' },
      user: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (values.campaign === undefined || values.unit === undefined || file === undefined)
    throw new Error(USAGE);
  const args: ImportArgs = {
    campaignId: values.campaign,
    unitId: values.unit,
    url: values.url ?? 'http://127.0.0.1:8080',
    file,
  };
  if (values.user !== undefined) args.user = values.user;
  if (env.TONVINH_ID_TOKEN !== undefined) args.token = env.TONVINH_ID_TOKEN;
  return args;
}

/** A submitNominations client over HTTP; API errors become Errors carrying the API code and Vietnamese message. */
export function httpSubmit(args: Pick<ImportArgs, 'url' | 'user' | 'token'>) {
  return async (request: SubmitNominationsRequest): Promise<SubmitNominationsResponse> => {
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (args.user !== undefined) headers['x-dev-user'] = args.user;
    if (args.token !== undefined) headers.authorization = `Bearer ${args.token}`;
    const res = await fetch(`${args.url.replace(/\/$/, '')}/submitNominations`, {
      method: 'POST',
      headers,
      body: JSON.stringify(request),
    });
    const body = (await res.json()) as
      | SubmitNominationsResponse
      | { error: { code: string; message: string } };
    if ('error' in body)
      throw Object.assign(new Error(`${body.error.code}: ${body.error.message}`), { code: body.error.code });
    return body;
  };
}

export async function runImport(
  args: ImportArgs,
  log: (line: string) => void = console.log,
): Promise<ImportWorkbookResult> {
  const bytes = readFileSync(args.file);
  const result = await importWorkbook(
    { readSheets: xlsxSheetReader(), submit: httpSubmit(args) },
    {
      campaignId: args.campaignId,
      unitId: args.unitId,
      bytes,
      onProgress: (p) => {
        if (p.phase === 'read' && p.rowsRead === p.rowsTotal)
          log(`Đã đọc trang "${p.sheetName}": ${p.rowsTotal} dòng`);
      },
    },
  );
  for (const line of reportLines(result)) log(line);
  return result;
}

const KIND = { individual: 'Danh sách cá nhân', collective: 'Danh sách tập thể' } as const;

export function reportLines(result: ImportWorkbookResult): string[] {
  const lines = result.notices.map((n) => `Lưu ý: ${n.message}`);
  for (const s of result.submissions) {
    const r = s.response;
    const replay = r.replayed ? ' (tệp này đã được gửi trước đó; không tạo phiên bản mới)' : '';
    lines.push(
      `${KIND[s.kind]} (trang "${s.sheetName}"): phiên bản ${r.version}${replay}; ${r.summary.rows} dòng, ` +
        `${r.summary.errorRows} dòng có lỗi, ${r.summary.errors} lỗi, ${r.summary.warnings} cảnh báo.`,
    );
    for (const issue of r.issues.slice(0, 20)) {
      const cell = issue.column > 0 ? `${columnLetter(issue.column)}${issue.row}` : `dòng ${issue.row}`;
      lines.push(`  ${s.sheetName}!${cell} [${issue.code}] ${issue.message}`);
    }
    if (r.issues.length > 20) lines.push(`  … và ${r.issues.length - 20} vấn đề khác.`);
  }
  return lines;
}

async function main(): Promise<void> {
  try {
    await runImport(parseImportArgs(process.argv.slice(2), process.env));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
