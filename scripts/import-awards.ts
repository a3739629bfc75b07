// npm run import-awards -- --campaign C [--url http://127.0.0.1:8080] [--user email] file.xlsx
// Sends the board's workbook of past award decisions to importAwardHistory and prints what was recorded and the
// cell issues of the rows that were not. Importing the same decisions again adds nothing. Signs in with X-Dev-User
// against the local stack (--user), or with the ID token in TONVINH_ID_TOKEN against a deployed function.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportAwardHistoryResponse } from '../shared/api/award-history-import';
import { columnLetter } from '../shared/grid/a1';

export interface ImportAwardsArgs {
  campaignId: string;
  url: string;
  file: string;
  user?: string;
  token?: string;
}

const USAGE =
  'Cách dùng: npm run import-awards -- --campaign <mã đợt> [--url <địa chỉ>] [--user <email>] <tệp.xlsx>';

export function parseImportAwardsArgs(
  argv: string[],
  env: Record<string, string | undefined> = {},
): ImportAwardsArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { campaign: { type: 'string' }, url: { type: 'string' }, user: { type: 'string' } },
  });
  const [file] = positionals;
  if (values.campaign === undefined || file === undefined) throw new Error(USAGE);
  const args: ImportAwardsArgs = {
    campaignId: values.campaign,
    url: values.url ?? 'http://127.0.0.1:8080',
    file,
  };
  if (values.user !== undefined) args.user = values.user;
  if (env.TONVINH_ID_TOKEN !== undefined) args.token = env.TONVINH_ID_TOKEN;
  return args;
}

export async function runImportAwards(
  args: ImportAwardsArgs,
  log: (line: string) => void = console.log,
): Promise<ImportAwardHistoryResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (args.user !== undefined) headers['x-dev-user'] = args.user;
  if (args.token !== undefined) headers.authorization = `Bearer ${args.token}`;
  const body = {
    campaignId: args.campaignId,
    fileName: basename(args.file),
    fileBase64: readFileSync(args.file).toString('base64'),
  };
  const res = await fetch(`${args.url.replace(/\/$/, '')}/importAwardHistory`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as
    | ImportAwardHistoryResponse
    | { error: { code: string; message: string } };
  if ('error' in answer)
    throw Object.assign(new Error(`${answer.error.code}: ${answer.error.message}`), {
      code: answer.error.code,
    });
  for (const line of awardReportLines(answer)) log(line);
  return answer;
}

export function awardReportLines(result: ImportAwardHistoryResponse): string[] {
  const lines = result.sheets.map(
    (s) => `Trang "${s.sheetName}": dòng tiêu đề ${s.headerRow}, ${s.rows} dòng dữ liệu.`,
  );
  for (const name of result.skippedSheets)
    lines.push(`Bỏ qua trang "${name}" (không có danh sách khen thưởng).`);
  lines.push(
    `Đã ghi ${result.added} quyết định mới; ${result.existing} đã có từ trước; ${result.invalidRows} dòng có lỗi chưa được ghi.`,
  );
  for (const issue of result.issues.slice(0, 50)) {
    const cell = issue.column > 0 ? `${columnLetter(issue.column)}${issue.row}` : `dòng ${issue.row}`;
    lines.push(`  ${issue.sheetName}!${cell} [${issue.code}] ${issue.message}`);
  }
  if (result.issues.length > 50) lines.push(`  … và ${result.issues.length - 50} vấn đề khác.`);
  return lines;
}

async function main(): Promise<void> {
  try {
    await runImportAwards(parseImportAwardsArgs(process.argv.slice(2), process.env));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
