// Certificates drawn with pdf-lib and the embedded DejaVu Serif: one A4 landscape page per awardee whose text
// (pdftotext) carries the Vietnamese name, unit, award and decision; page 1 drawn as PNG in
// test-artifacts/certificates/ (UPDATE_DOC_IMAGES=1: docs/img/giay-khen.png).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCertificatesPdf } from '../../../../functions/adapters/pdf/certificates-pdf';
import type { CertificatePage } from '../../../../functions/app/decisions/certificates';
import { artifactDir, pageImage, pdfInfo, pdfText } from '../../../support/render-pdf';

const NAMES = [
  'Nguyễn Thị Hồng',
  'Hoàng Đức Dũng',
  'Lương Văn Tú',
  'Triệu Thị Hương',
  'Trường Tiểu học Tân Thanh',
];

const pages: CertificatePage[] = NAMES.map((name, i) => ({
  authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
  award: 'BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH',
  name,
  unit: i === 4 ? 'Phòng Giáo dục và Đào tạo huyện Cao Lộc' : `Bác sĩ, Trung tâm Y tế huyện số ${i + 1}`,
  achievement: 'Đã có thành tích xuất sắc – Hội nghị điển hình tiên tiến tỉnh Lạng Sơn lần thứ VI.',
  decision: 'Quyết định số 1234/QĐ-UBND ngày 05/9/2026',
  placeDate: 'Lạng Sơn, ngày 05 tháng 9 năm 2026',
  signer: { titles: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Đoàn Thu Hà' },
}));

describe('certificates PDF', () => {
  it('has one page per awardee with its name, unit, award and decision in Vietnamese', async () => {
    const dir = artifactDir('certificates');
    const pdf = join(dir, 'giay-khen.pdf');
    writeFileSync(pdf, await renderCertificatesPdf(pages, 'Giấy khen – 1234/QĐ-UBND'));
    expect(pdfInfo(pdf).pages).toBe(NAMES.length);
    NAMES.forEach((name, i) => {
      const text = pdfText(pdf, i + 1).replace(/\s+/g, ' ');
      expect(text).toContain(name);
      for (const other of NAMES.filter((n) => n !== name)) expect(text).not.toContain(other);
      expect(text).toContain(pages[i]?.unit);
      expect(text).toContain('BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH');
      expect(text).toContain('Quyết định số 1234/QĐ-UBND ngày 05/9/2026');
      expect(text).toContain('Đoàn Thu Hà');
    });
    expect(existsSync(pageImage(pdf, 1, join(dir, 'giay-khen'), 'giay-khen.png'))).toBe(true);
  }, 120_000);
});
