// exportMaster (board only): a master version → the official xlsx files the board files (đề nghị khen thưởng,
// đại biểu, cơ cấu đại biểu), as base64 in JSON. The issuing body comes from the campaign configuration.
import type { IssuingBodyConfig } from '../../../shared/api/admin-campaign';
import type {
  ExportedFileBody,
  ExportLayout,
  ExportMasterBody,
  ExportMasterResponse,
} from '../../../shared/api/master-outputs';
import type { CampaignRecord, Principal } from '../ports';
import { type ExportedFile, exportMasterFiles, filesResponse } from './export-files';
import type { IssuingBody, OfficialDocument } from './official-lists';
import { boardMasterVersion, type OutputSourceDeps, recordOutput } from './output-source';

/** Renders one official document as xlsx bytes (functions/adapters/xlsx/official-workbook.ts). */
export type RenderPort = (doc: OfficialDocument) => Promise<Uint8Array>;

export type FilesOutputDeps = OutputSourceDeps & { render: RenderPort };

/** The file name each layout's document starts with (functions/app/outputs/official-lists.ts). */
export const LAYOUT_FILES: Record<ExportLayout, string> = {
  proposal: 'danh-sach-de-nghi-khen-thuong',
  delegates: 'danh-sach-dai-bieu',
  structure: 'thong-ke-co-cau-dai-bieu',
};

/** Without a configured issuing body the header block and place are left for the board to fill in by hand. */
export const BLANK_ISSUING_BODY: IssuingBody = {
  issuer: ['UBND TỈNH …………', 'BAN THI ĐUA – KHEN THƯỞNG'],
  place: '…………',
};

export async function exportMaster(
  request: ExportMasterBody,
  principal: Principal,
  deps: FilesOutputDeps,
): Promise<ExportMasterResponse> {
  const source = await boardMasterVersion(request, principal, deps);
  await recordOutput(deps, principal, 'exportMaster', source, `xlsx ${request.layouts.join(', ')}`);
  const attachedTo = source.campaign.issuingBody?.attachedTo;
  const input = {
    master: source.master,
    body: issuingBodyOf(source.campaign, request.date),
    eventKind: source.campaign.eventKind,
    ...(attachedTo === undefined ? {} : { campaignTitle: attachedTo }),
  };
  const files = await renderLayouts(deps.render, input, request.layouts);
  return { version: source.master.version, files: withLayouts(files) };
}

type ExportInput = Parameters<typeof exportMasterFiles>[1];

/** Renders only the requested layouts (the others are skipped, not rendered), in the official order. */
async function renderLayouts(
  render: RenderPort,
  input: ExportInput,
  layouts: readonly ExportLayout[],
): Promise<ExportedFile[]> {
  const wanted = new Set(layouts.map((layout) => LAYOUT_FILES[layout]));
  const skipped = new Uint8Array(0);
  const files = await exportMasterFiles(
    { render: (doc) => (wanted.has(doc.fileName) ? render(doc) : Promise.resolve(skipped)) },
    input,
  );
  return files.filter((file) => file.bytes !== skipped);
}

function withLayouts(files: ExportedFile[]): ExportedFileBody[] {
  return filesResponse(files).files.map((file) => ({ layout: layoutOf(file.name), ...file }));
}

export function layoutOf(fileName: string): ExportLayout {
  const entry = Object.entries(LAYOUT_FILES).find(([, prefix]) => fileName.startsWith(`${prefix}-`));
  if (entry === undefined) throw new Error(`unknown export file ${fileName}`);
  return entry[0] as ExportLayout;
}

/** The campaign's issuing body (or blanks), dated when a date is given. */
export function issuingBodyOf(campaign: CampaignRecord, date: string | undefined): IssuingBody {
  const body = campaign.issuingBody === undefined ? BLANK_ISSUING_BODY : fromConfig(campaign.issuingBody);
  return date === undefined ? body : { ...body, date };
}

function fromConfig(config: IssuingBodyConfig): IssuingBody {
  const { issuer, place, number, signer, recipients } = config;
  const signerBody =
    signer && (signer.name === undefined ? { titles: signer.titles } : { ...signer, name: signer.name });
  return {
    issuer,
    place,
    ...(number === undefined ? {} : { number }),
    ...(signerBody === undefined ? {} : { signer: signerBody }),
    ...(recipients === undefined ? {} : { recipients }),
  };
}
