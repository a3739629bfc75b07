// Renders a decision document (functions/app/decisions/decision-documents.ts) as .docx with the `docx` library, in
// the format of NĐ 30/2020/NĐ-CP (nd30-format.ts): a borderless two-column header (issuer | quốc hiệu and tiêu
// ngữ, each with a short line under), số/ký hiệu and the italic place-and-date line, the kind and subject,
// căn cứ in italics, the body, Nơi nhận and the signature block side by side, then the annexed list on a new page
// with its table header repeated on every page.
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  type FileChild,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { AnnexGroup, AnnexRow, DecisionDocument } from '../../app/decisions/decision-documents';
import { halfPoints, ND30, textWidthMm } from './nd30-format';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const CELL_LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE };

export async function renderDecisionDocx(doc: DecisionDocument): Promise<Uint8Array> {
  const file = new Document({
    creator: 'tonvinh',
    title: doc.title,
    styles: { default: { document: { run: { font: ND30.font, size: halfPoints(ND30.size.body) } } } },
    sections: [{ properties: pageProperties(), children: [...mainPart(doc), ...annexPart(doc)] }],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}

function pageProperties() {
  const m = ND30.marginsMm;
  return {
    page: {
      size: {
        width: convertMillimetersToTwip(ND30.page.widthMm),
        height: convertMillimetersToTwip(ND30.page.heightMm),
      },
      margin: {
        top: convertMillimetersToTwip(m.top),
        bottom: convertMillimetersToTwip(m.bottom),
        left: convertMillimetersToTwip(m.left),
        right: convertMillimetersToTwip(m.right),
      },
    },
  };
}

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: ND30.font,
    size: halfPoints(style.size ?? ND30.size.body),
    bold: style.bold ?? false,
    italics: style.italic ?? false,
  });
}

function line(text: string, style: RunStyle = {}, align: Align = AlignmentType.CENTER): Paragraph {
  return new Paragraph({ alignment: align, spacing: { before: 0, after: 0 }, children: [run(text, style)] });
}

/** A short centred rule under a header line (the paragraph's bottom border, narrowed by indents). */
function shortRule(widthMm: number, ruleMm: number): Paragraph {
  const side = convertMillimetersToTwip(Math.max(0, (widthMm - ruleMm) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 120 },
    indent: { left: side, right: side },
    border: { bottom: { ...LINE, space: 1 } },
    children: [run('', { size: 4 })],
  });
}

function twips(mm: number): number {
  return convertMillimetersToTwip(mm);
}

function cell(children: Paragraph[], widthMm: number, borders = NO_BORDERS): TableCell {
  return new TableCell({
    children,
    width: { size: twips(widthMm), type: WidthType.DXA },
    borders,
    margins: { left: 0, right: 0 },
    verticalAlign: VerticalAlign.TOP,
  });
}

function borderless(rows: TableRow[], widths: number[]): Table {
  return new Table({
    rows,
    width: { size: twips(textWidthMm()), type: WidthType.DXA },
    columnWidths: widths.map(twips),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

function headerTable(doc: DecisionDocument): Table {
  const left = textWidthMm() * ND30.headerLeftShare;
  const right = textWidthMm() - left;
  const issuer = doc.issuer.map((text, i) =>
    line(text, { size: ND30.size.issuer, bold: i === doc.issuer.length - 1 }),
  );
  const leftCell = [...issuer, shortRule(left, 25), line(doc.number, { size: ND30.size.number })];
  const rightCell = [
    line(ND30.nationalTitle, { size: ND30.size.nationalTitle, bold: true }),
    line(ND30.motto, { size: ND30.size.motto, bold: true }),
    shortRule(right, 60),
    line(doc.placeDate, { size: ND30.size.placeDate, italic: true }),
  ];
  return borderless(
    [new TableRow({ children: [cell(leftCell, left), cell(rightCell, right)] })],
    [left, right],
  );
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('')] });
}

function titleBlock(doc: DecisionDocument): Paragraph[] {
  const width = textWidthMm();
  return [
    spacer(),
    line(doc.heading, { size: ND30.size.heading, bold: true }),
    line(doc.subject, { bold: true }),
    shortRule(width, 40),
    ...(doc.authority === undefined ? [] : [spacer(), line(doc.authority, { bold: true })]),
    ...(doc.addressee === undefined ? [] : [spacer(), line(doc.addressee)]),
    spacer(),
  ];
}

function bodyParagraph(text: string, style: RunStyle = {}, lead?: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(ND30.firstLineMm) },
    spacing: { before: 0, after: ND30.paragraphAfterPt * 20, line: ND30.line },
    children: [...(lead === undefined ? [] : [run(`${lead} `, { bold: true })]), run(text, style)],
  });
}

function bodyPart(doc: DecisionDocument): Paragraph[] {
  return [
    ...doc.bases.map((text) => bodyParagraph(text, { italic: true })),
    ...(doc.verdict === undefined ? [] : [line(doc.verdict, { bold: true }), spacer()]),
    ...doc.paragraphs.map((p) => bodyParagraph(p.text, { italic: p.italic ?? false }, p.lead)),
  ];
}

function closingTable(doc: DecisionDocument): Table {
  const left = textWidthMm() * 0.5;
  const right = textWidthMm() - left;
  const recipients = [
    line('Nơi nhận:', { size: ND30.size.recipientsLabel, bold: true, italic: true }, AlignmentType.LEFT),
    ...doc.recipients.map((text) => line(`- ${text}`, { size: ND30.size.recipients }, AlignmentType.LEFT)),
  ];
  const signer = [
    ...doc.signer.titles.map((text) => line(text, { size: ND30.size.signer, bold: true })),
    ...Array.from({ length: 4 }, spacer),
    line(doc.signer.name ?? '', { size: ND30.size.signer, bold: true }),
  ];
  return borderless(
    [new TableRow({ children: [cell(recipients, left), cell(signer, right)] })],
    [left, right],
  );
}

function mainPart(doc: DecisionDocument): FileChild[] {
  return [headerTable(doc), ...titleBlock(doc), ...bodyPart(doc), spacer(), closingTable(doc)];
}

const ANNEX_HEADERS = ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị công tác', 'Hình thức khen thưởng'];

function annexWidths(): number[] {
  return ND30.annexColumns.map((share) => textWidthMm() * share);
}

function tableCell(text: string, widthMm: number, style: RunStyle, align: Align): TableCell {
  const p = new Paragraph({
    alignment: align,
    spacing: { before: 40, after: 40 },
    children: [run(text, { size: ND30.size.table, ...style })],
  });
  return new TableCell({
    children: [p],
    width: { size: twips(widthMm), type: WidthType.DXA },
    borders: CELL_LINES,
    verticalAlign: VerticalAlign.CENTER,
  });
}

function headerRow(widths: number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ANNEX_HEADERS.map((h, i) => tableCell(h, widths[i] ?? 0, { bold: true }, AlignmentType.CENTER)),
  });
}

function headingRow(text: string, widths: number[], bold: boolean): TableRow {
  const total = widths.reduce((a, b) => a + b, 0);
  const c = new TableCell({
    columnSpan: widths.length,
    width: { size: twips(total), type: WidthType.DXA },
    borders: CELL_LINES,
    children: [
      new Paragraph({
        spacing: { before: 40, after: 40 },
        children: [run(text, { size: ND30.size.table, bold, italic: !bold })],
      }),
    ],
  });
  return new TableRow({ cantSplit: true, children: [c] });
}

function dataRow(row: AnnexRow, widths: number[]): TableRow {
  const aligns: Align[] = [AlignmentType.CENTER, AlignmentType.LEFT, AlignmentType.LEFT, AlignmentType.LEFT];
  return new TableRow({
    cantSplit: true,
    children: row.map((value, i) =>
      tableCell(String(value), widths[i] ?? 0, {}, aligns[i] ?? AlignmentType.LEFT),
    ),
  });
}

function groupRows(group: AnnexGroup, widths: number[]): TableRow[] {
  return [
    headingRow(group.heading, widths, true),
    ...group.parts.flatMap((part) => [
      headingRow(part.heading, widths, false),
      ...part.rows.map((row) => dataRow(row, widths)),
    ]),
  ];
}

function annexTable(doc: DecisionDocument): Table {
  const widths = annexWidths();
  return new Table({
    rows: [headerRow(widths), ...doc.annex.groups.flatMap((g) => groupRows(g, widths))],
    width: { size: twips(textWidthMm()), type: WidthType.DXA },
    columnWidths: widths.map(twips),
    layout: TableLayoutType.FIXED,
  });
}

function annexPart(doc: DecisionDocument): FileChild[] {
  const { annex } = doc;
  return [
    new Paragraph({ children: [new PageBreak()] }),
    ...annex.titles.map((text) => line(text, { size: ND30.size.heading, bold: true })),
    line(annex.subtitle, { italic: true }),
    shortRule(textWidthMm(), 40),
    spacer(),
    annexTable(doc),
    spacer(),
    line(annex.total, { bold: true }, AlignmentType.LEFT),
  ];
}
