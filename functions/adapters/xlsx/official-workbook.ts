// Renders an OfficialDocument (functions/app/outputs/official-lists.ts) as an xlsx file in the Vietnamese
// administrative layout: issuing body top left, national motto top right, number and date line, title, a bordered
// table whose header rows repeat on every printed page, page numbers in the footer, signature block.
// Times New Roman, A4 landscape, one page wide. Text is always written as text: a value starting with =, +, -, @,
// tab or CR is a string cell with the Text number format, never a formula.
import ExcelJS from 'exceljs';
import type {
  IssuingBody,
  OfficialColumn,
  OfficialDocument,
  OfficialValue,
} from '../../app/outputs/official-lists';

const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const RISKY_START = /^[=+\-@\t\r]/;

export async function officialWorkbookBytes(doc: OfficialDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'tonvinh';
  renderDocument(workbook, doc);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function renderDocument(workbook: ExcelJS.Workbook, doc: OfficialDocument): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(doc.sheetName.slice(0, 31), { views: [{ showGridLines: false }] });
  ws.columns = doc.columns.map((c) => ({ width: c.width }));
  const blocks = blockColumns(doc.columns.length);
  let row = headerBlock(ws, doc.body, blocks);
  row = titleBlock(ws, doc, row + 1);
  const [first, last] = tableHeader(ws, doc.columns, row + 2);
  row = tableBody(ws, doc, last + 1);
  row = notesBlock(ws, doc.notes, row, doc.columns.length);
  signatureBlock(ws, doc.body, row + 1, blocks);
  pageSetup(ws, first, last);
  return ws;
}

interface Blocks {
  left: [number, number];
  right: [number, number];
}

/** Left block (issuing body) and right block (motto, date, signature) column spans. */
function blockColumns(n: number): Blocks {
  const leftEnd = Math.max(2, Math.floor(n / 2) - (n > 6 ? 1 : 0));
  const rightStart = Math.min(n, leftEnd + (n > 6 ? 2 : 1));
  return { left: [1, leftEnd], right: [rightStart, n] };
}

function put(
  ws: ExcelJS.Worksheet,
  row: number,
  span: [number, number],
  text: string,
  font: Partial<ExcelJS.Font> = {},
): ExcelJS.Cell {
  if (span[1] > span[0]) ws.mergeCells(row, span[0], row, span[1]);
  const cell = ws.getCell(row, span[0]);
  setText(cell, text);
  cell.font = { name: FONT, size: 13, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  return cell;
}

function headerBlock(ws: ExcelJS.Worksheet, body: IssuingBody, b: Blocks): number {
  const [top = '', second = ''] = body.issuer;
  put(ws, 1, b.left, top.toLocaleUpperCase('vi'), { size: 12 });
  put(ws, 2, b.left, second.toLocaleUpperCase('vi'), { size: 12, bold: true, underline: true });
  put(ws, 1, b.right, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true });
  put(ws, 2, b.right, 'Độc lập – Tự do – Hạnh phúc', { bold: true, underline: true });
  put(ws, 3, b.left, body.number ?? 'Số:        /DS-BTĐKT', { size: 12 });
  put(ws, 3, b.right, dateLine(body.place, body.date), { italic: true });
  return 3;
}

/** "Lạng Sơn, ngày 05 tháng 3 năm 2026", or with blanks to fill by hand. */
export function dateLine(place: string, date: string | undefined): string {
  const [y, m, d] = (date ?? '').split('-');
  if (y === undefined || m === undefined || d === undefined || date === undefined) {
    return `${place}, ngày     tháng     năm 20   `;
  }
  const month = Number(m) < 3 ? m : String(Number(m));
  return `${place}, ngày ${d} tháng ${month} năm ${y}`;
}

function titleBlock(ws: ExcelJS.Worksheet, doc: OfficialDocument, start: number): number {
  const span: [number, number] = [1, doc.columns.length];
  let row = start;
  for (const title of doc.titles) {
    put(ws, ++row, span, title, { size: 14, bold: true });
    ws.getRow(row).height = 20;
  }
  if (doc.subtitle !== undefined) put(ws, ++row, span, doc.subtitle, { italic: true });
  return row;
}

function tableHeader(ws: ExcelJS.Worksheet, columns: OfficialColumn[], top: number): [number, number] {
  const twoRows = columns.some((c) => c.subHeader !== undefined);
  const bottom = twoRows ? top + 1 : top;
  for (let i = 0; i < columns.length; i++) headerCell(ws, columns, i, top, bottom);
  for (let r = top; r <= bottom; r++) ws.getRow(r).height = twoRows ? 22 : 34;
  return [top, bottom];
}

function headerCell(
  ws: ExcelJS.Worksheet,
  columns: OfficialColumn[],
  i: number,
  top: number,
  bottom: number,
): void {
  const column = columns[i] as OfficialColumn;
  const c = i + 1;
  const style = (cell: ExcelJS.Cell, text: string) => {
    setText(cell, text);
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
  };
  if (column.subHeader === undefined) {
    if (bottom > top) ws.mergeCells(top, c, bottom, c);
    style(ws.getCell(top, c), column.header);
    return;
  }
  style(ws.getCell(bottom, c), column.subHeader);
  const previous = columns[i - 1];
  if (previous?.subHeader !== undefined && previous.header === column.header) return;
  let end = c;
  while (columns[end]?.subHeader !== undefined && columns[end]?.header === column.header) end++;
  if (end > c) ws.mergeCells(top, c, top, end);
  style(ws.getCell(top, c), column.header);
  for (let k = c + 1; k <= end; k++) ws.getCell(top, k).border = THIN;
}

function tableBody(ws: ExcelJS.Worksheet, doc: OfficialDocument, start: number): number {
  let row = start;
  for (const section of doc.sections) {
    sectionRow(ws, row++, section.heading, section.level, doc.columns.length);
    for (const values of section.rows) dataRow(ws, row++, values, doc.columns);
  }
  return row;
}

function sectionRow(ws: ExcelJS.Worksheet, row: number, heading: string, level: 1 | 2, width: number): void {
  ws.mergeCells(row, 1, row, width);
  const cell = ws.getCell(row, 1);
  setText(cell, heading);
  cell.font = { name: FONT, size: 12, bold: true, italic: level === 2 };
  cell.alignment = { horizontal: 'left', vertical: 'middle', indent: level === 2 ? 1 : 0 };
  for (let c = 1; c <= width; c++) ws.getCell(row, c).border = THIN;
}

const NUMBER_FORMATS = { text: '@', integer: '#,##0', percent: '0.0%' } as const;

function dataRow(
  ws: ExcelJS.Worksheet,
  row: number,
  values: OfficialValue[],
  columns: OfficialColumn[],
): void {
  columns.forEach((column, i) => {
    const cell = ws.getCell(row, i + 1);
    const value = values[i] ?? '';
    if (typeof value === 'number') cell.value = value;
    else setText(cell, value);
    if (column.format !== undefined) cell.numFmt = NUMBER_FORMATS[column.format];
    cell.font = { name: FONT, size: 12 };
    cell.alignment = { horizontal: column.align ?? 'left', vertical: 'top', wrapText: true };
    cell.border = THIN;
  });
  ws.getRow(row).height = rowHeight(values, columns);
}

/** Points for a wrapped row: Excel does not grow rows of generated files by itself. */
export function rowHeight(values: OfficialValue[], columns: OfficialColumn[]): number {
  const lines = columns.reduce((max, column, i) => {
    const text = String(values[i] ?? '');
    const perLine = Math.max(1, Math.floor(column.width * 1.1));
    const count = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    return Math.max(max, count);
  }, 1);
  return Math.max(18, lines * 15.5 + 3);
}

function notesBlock(ws: ExcelJS.Worksheet, notes: string[], start: number, width: number): number {
  let row = start;
  for (const note of notes) {
    ws.mergeCells(row, 1, row, width);
    const cell = ws.getCell(row, 1);
    setText(cell, note);
    cell.font = { name: FONT, size: 12, italic: true };
    row++;
  }
  return row;
}

function signatureBlock(ws: ExcelJS.Worksheet, body: IssuingBody, start: number, b: Blocks): void {
  const signer = body.signer ?? { titles: ['TRƯỞNG BAN'] };
  let row = start;
  for (const title of signer.titles) put(ws, row++, b.right, title, { bold: true });
  put(ws, row++, b.right, '(Ký, ghi rõ họ tên và đóng dấu)', { italic: true, size: 12 });
  row += 3;
  if (signer.name !== undefined) put(ws, row, b.right, signer.name, { bold: true });
  recipientsBlock(ws, body.recipients ?? [], start, b);
}

function recipientsBlock(ws: ExcelJS.Worksheet, recipients: string[], start: number, b: Blocks): void {
  if (recipients.length === 0) return;
  const lines = ['Nơi nhận:', ...recipients.map((r) => `- ${r};`)];
  lines.forEach((line, i) => {
    const cell = put(
      ws,
      start + i,
      b.left,
      line,
      i === 0 ? { size: 12, bold: true, italic: true } : { size: 11 },
    );
    cell.alignment = { horizontal: 'left', vertical: 'top' };
  });
}

function pageSetup(ws: ExcelJS.Worksheet, headerTop: number, headerBottom: number): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerTop}:${headerBottom}`,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: `&C&"${FONT},Regular"&11Trang &P/&N` };
}

/** Writes text as a string cell; text that a spreadsheet could read as a formula also gets the Text format. */
export function setText(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  if (RISKY_START.test(text)) cell.numFmt = '@';
}
