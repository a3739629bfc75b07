// Rendering helpers of the document tests: LibreOffice (soffice --headless) converts to PDF, poppler reads it back
// (pdftotext, pdfinfo) and draws pages as PNG (pdftoppm). Artifacts go to test-artifacts/ (git-ignored); with
// UPDATE_DOC_IMAGES=1 chosen pages are also copied to docs/img/ for the guides.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

export function artifactDir(name: string): string {
  const dir = join(process.cwd(), 'test-artifacts', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Converts a document to PDF with LibreOffice in its own profile; returns the PDF's path. */
export function toPdf(file: string, dir: string): string {
  const profile = `file://${join(dir, 'lo-profile')}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
    { timeout: 150_000, stdio: 'pipe' },
  );
  return join(dir, basename(file).replace(/\.[a-z]+$/, '.pdf'));
}

/** The text of a PDF (or of one page), NFC. */
export function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...range, pdf, '-'], { timeout: 60_000 })
    .toString('utf8')
    .normalize('NFC');
}

export function pdfInfo(pdf: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [pdf], { timeout: 60_000 }).toString('utf8');
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
    size: /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? '',
  };
}

/** Draws one page as PNG; returns its path. With UPDATE_DOC_IMAGES=1 also copies it to docs/img/<docImage>. */
export function pageImage(pdf: string, page: number, out: string, docImage?: string): string {
  execFileSync(
    'pdftoppm',
    ['-png', '-r', '80', '-singlefile', '-f', String(page), '-l', String(page), pdf, out],
    {
      timeout: 60_000,
    },
  );
  const png = `${out}.png`;
  if (docImage !== undefined && process.env.UPDATE_DOC_IMAGES === '1')
    copyFileSync(png, join(process.cwd(), 'docs', 'img', docImage));
  return png;
}
