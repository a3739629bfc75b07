// The decision drafts rendered by the docx library, read back twice: the package's word/document.xml (font, A4,
// margins, repeated table header) and LibreOffice's PDF of it (quốc hiệu, tiêu ngữ, every annexed name, A4). The
// pages are drawn as PNG in test-artifacts/decision-docx/ (UPDATE_DOC_IMAGES=1: docs/img/quyet-dinh.png, to-trinh.png).
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDecisionDocx } from '../../../../functions/adapters/docx/decision-docx';
import { ND30 } from '../../../../functions/adapters/docx/nd30-format';
import {
  type DecisionDocument,
  decisionDocuments,
} from '../../../../functions/app/decisions/decision-documents';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';
import { artifactDir, pageImage, pdfInfo, pdfText, toPdf } from '../../../support/render-pdf';

const master = sampleMaster({ individuals: 30, collectives: 6 });
const [toTrinh, quyetDinh] = decisionDocuments(
  {
    entries: master.entries,
    body: {
      issuer: ['UBND TỈNH LẠNG SƠN', 'BAN THI ĐUA – KHEN THƯỞNG'],
      place: 'Lạng Sơn',
      date: '2026-09-05',
      signer: { titles: ['TRƯỞNG BAN'], name: 'Hoàng Văn Minh' },
    },
    campaignId: master.campaignId,
    campaignTitle: 'Hội nghị điển hình tiên tiến tỉnh Lạng Sơn lần thứ VI',
    version: master.version,
  },
  ['toTrinh', 'quyetDinh'],
) as [DecisionDocument, DecisionDocument];

const twips = (mm: number) => String(Math.round((mm * 1440) / 25.4));

function documentXml(docx: string): string {
  return execFileSync('unzip', ['-p', docx, 'word/document.xml'], { timeout: 30_000 }).toString('utf8');
}

describe('decision drafts as .docx (NĐ 30/2020)', () => {
  const dir = artifactDir('decision-docx');

  it('uses Times New Roman, A4 portrait with the NĐ 30 margins, and repeats the annex table header', async () => {
    const file = join(dir, `${quyetDinh.fileName}.docx`);
    writeFileSync(file, await renderDecisionDocx(quyetDinh));
    const xml = documentXml(file);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
    const size = /<w:pgSz [^>]*>/.exec(xml)?.[0] ?? '';
    expect(Math.abs(Number(/w:w="(\d+)"/.exec(size)?.[1]) - Number(twips(210)))).toBeLessThanOrEqual(1);
    expect(Math.abs(Number(/w:h="(\d+)"/.exec(size)?.[1]) - Number(twips(297)))).toBeLessThanOrEqual(1);
    const margins = /<w:pgMar [^>]*>/.exec(xml)?.[0] ?? '';
    for (const [side, mm] of Object.entries(ND30.marginsMm)) {
      const value = Number(new RegExp(`w:${side}="(\\d+)"`).exec(margins)?.[1]);
      expect(Math.abs(value - Number(twips(mm))), side).toBeLessThanOrEqual(1);
    }
    expect(ND30.marginsMm.top).toBeGreaterThanOrEqual(20);
    expect(ND30.marginsMm.left).toBeGreaterThanOrEqual(30);
    expect(ND30.marginsMm.right).toBeGreaterThanOrEqual(15);
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toContain('Số:');
  });

  it('renders through LibreOffice to A4 pages showing the quốc hiệu, tiêu ngữ and every annexed name', async () => {
    const pdfs: Record<string, string> = {};
    for (const doc of [toTrinh, quyetDinh]) {
      const file = join(dir, `${doc.fileName}.docx`);
      writeFileSync(file, await renderDecisionDocx(doc));
      pdfs[doc.kind] = toPdf(file, dir);
    }
    for (const [kind, pdf] of Object.entries(pdfs)) {
      expect(existsSync(pdf), kind).toBe(true);
      const text = pdfText(pdf);
      const first = pdfText(pdf, 1);
      expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(first).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(first).toContain('Lạng Sơn, ngày 05 tháng 9 năm 2026');
      expect(text).toContain('DANH SÁCH');
      // Names that fit one line of the name column (long ones wrap inside their cell, as in Word).
      const names = master.entries.map((e) => e.displayName).filter((n) => /^[\p{L} ]{1,24}$/u.test(n));
      expect(names.length).toBeGreaterThanOrEqual(25);
      for (const name of names) expect(text.replace(/\s+/g, ' '), name).toContain(name);
      const info = pdfInfo(pdf);
      expect(info.size).toContain('(A4)');
      expect(info.pages).toBeGreaterThanOrEqual(3);
    }
    const decisionText = pdfText(pdfs.quyetDinh ?? '', 1);
    expect(decisionText).toContain('QUYẾT ĐỊNH');
    expect(decisionText).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
    expect(decisionText).toContain('Điều 1.');
    expect(pdfText(pdfs.toTrinh ?? '', 1)).toContain('TỜ TRÌNH');
    const images = [
      pageImage(pdfs.quyetDinh ?? '', 1, join(dir, 'quyet-dinh'), 'quyet-dinh.png'),
      pageImage(pdfs.quyetDinh ?? '', 2, join(dir, 'quyet-dinh-phu-luc'), 'quyet-dinh-phu-luc.png'),
      pageImage(pdfs.toTrinh ?? '', 1, join(dir, 'to-trinh'), 'to-trinh.png'),
    ];
    for (const png of images) expect(existsSync(png)).toBe(true);
  }, 300_000);
});
