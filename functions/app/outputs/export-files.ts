// Private part of the exportMaster use case (export-master.ts), shared with scripts/export.ts: a master version → the three official xlsx files (proposal list, delegate list, delegate
// structure). The renderer is the exceljs adapter (functions/adapters/xlsx/official-workbook.ts).
import { type OfficialDocument, type OfficialInput, officialDocuments } from './official-lists';

export interface ExportPorts {
  render(doc: OfficialDocument): Promise<Uint8Array>;
}

export interface ExportedFile {
  /** e.g. "danh-sach-de-nghi-khen-thuong-dhtt-2026-v3.xlsx". */
  name: string;
  title: string;
  bytes: Uint8Array;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function exportMasterFiles(ports: ExportPorts, input: OfficialInput): Promise<ExportedFile[]> {
  const suffix = `${input.master.campaignId}-v${input.master.version}`;
  const files: ExportedFile[] = [];
  for (const doc of officialDocuments(input)) {
    files.push({
      name: `${doc.fileName}-${suffix}.xlsx`,
      title: doc.titles.join(' '),
      bytes: await ports.render(doc),
    });
  }
  return files;
}

/** One file as a JSON answer carries it (base64). */
export interface FileBody {
  name: string;
  title: string;
  mimeType: string;
  size: number;
  contentBase64: string;
}

export function fileBody(name: string, title: string, mimeType: string, bytes: Uint8Array): FileBody {
  return {
    name,
    title,
    mimeType,
    size: bytes.byteLength,
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}

/** The JSON body an HTTP handler can answer with (xlsx files as base64). */
export function filesResponse(files: readonly ExportedFile[]): { files: FileBody[] } {
  return { files: files.map((f) => fileBody(f.name, f.title, XLSX_MIME, f.bytes)) };
}
