// Draws certificate pages (functions/app/decisions/certificates.ts) as one PDF with pdf-lib: A4 landscape, one
// page per awardee, in DejaVu Serif embedded from the dejavu-fonts-ttf package (node_modules, so it is there in
// Cloud Functions too; it covers every Vietnamese letter). Text is centred and wrapped to the page width.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { CertificatePage } from '../../app/decisions/certificates';

const require = createRequire(import.meta.url);
const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const MARGIN = 60;
const RED = rgb(0.7, 0.05, 0.05);
const BLACK = rgb(0, 0, 0);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

function fontPath(file: string): string {
  return require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
}

async function embedFonts(pdf: PDFDocument): Promise<Fonts> {
  pdf.registerFontkit(fontkit);
  const [regular, bold, italic] = await Promise.all(
    ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf'].map(async (file) =>
      pdf.embedFont(await readFile(fontPath(file)), { subset: true }),
    ),
  );
  if (!regular || !bold || !italic) throw new Error('certificate fonts missing');
  return { regular, bold, italic };
}

export async function renderCertificatesPdf(pages: CertificatePage[], title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('tonvinh');
  const fonts = await embedFonts(pdf);
  for (const content of pages) drawPage(pdf.addPage(A4_LANDSCAPE), content, fonts);
  return pdf.save();
}

interface Line {
  text: string;
  font: PDFFont;
  size: number;
  color?: ReturnType<typeof rgb>;
  gapBefore?: number;
}

function drawPage(page: PDFPage, c: CertificatePage, fonts: Fonts): void {
  const [width, height] = A4_LANDSCAPE;
  page.drawRectangle({
    x: 24,
    y: 24,
    width: width - 48,
    height: height - 48,
    borderColor: RED,
    borderWidth: 3,
  });
  page.drawRectangle({
    x: 32,
    y: 32,
    width: width - 64,
    height: height - 64,
    borderColor: RED,
    borderWidth: 1,
  });
  const lines: Line[] = [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', font: fonts.bold, size: 13 },
    { text: 'Độc lập - Tự do - Hạnh phúc', font: fonts.bold, size: 13 },
    { text: c.authority, font: fonts.bold, size: 15, gapBefore: 30 },
    { text: 'TẶNG', font: fonts.bold, size: 14, gapBefore: 10 },
    { text: c.award, font: fonts.bold, size: 26, color: RED, gapBefore: 18 },
    { text: c.name, font: fonts.bold, size: 24, gapBefore: 30 },
    { text: c.unit, font: fonts.regular, size: 14, gapBefore: 8 },
    { text: c.achievement, font: fonts.italic, size: 14, gapBefore: 18 },
  ];
  let y = height - MARGIN - 20;
  for (const line of lines) y = drawCentred(page, line, y, width / 2, width - 2 * MARGIN - 40);
  drawFooter(page, c, fonts, y - 36);
}

/** Draws `line` centred on x, wrapped to maxWidth; returns the baseline below it. */
function drawCentred(page: PDFPage, line: Line, top: number, x: number, maxWidth: number): number {
  let y = top - (line.gapBefore ?? 0);
  for (const text of wrap(line.text, line.font, line.size, maxWidth)) {
    y -= line.size * 1.25;
    const width = line.font.widthOfTextAtSize(text, line.size);
    page.drawText(text, {
      x: x - width / 2,
      y,
      size: line.size,
      font: line.font,
      color: line.color ?? BLACK,
    });
  }
  return y;
}

function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && font.widthOfTextAtSize(next, size) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  return current === '' ? [] : [...lines, current];
}

function drawFooter(page: PDFPage, c: CertificatePage, fonts: Fonts, top: number): void {
  const [width] = A4_LANDSCAPE;
  const left = MARGIN + 150;
  const right = width - MARGIN - 170;
  drawCentred(page, { text: c.decision, font: fonts.italic, size: 12 }, top - 30, left, 300);
  let y = drawCentred(page, { text: c.placeDate, font: fonts.italic, size: 13 }, top, right, 320);
  for (const title of c.signer.titles)
    y = drawCentred(page, { text: title, font: fonts.bold, size: 13 }, y, right, 320);
  if (c.signer.name)
    drawCentred(page, { text: c.signer.name, font: fonts.bold, size: 14, gapBefore: 60 }, y, right, 320);
}
