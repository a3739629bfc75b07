import { describe, expect, it } from 'vitest';
import { textWithLinks, withDossierLinks } from '../../../../sheets-addon/src/core/rich-links';
import { FakeRichTextValue } from '../../../fakes/apps-script/spreadsheet';

const FILE = 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/view';
const DOC = 'https://docs.google.com/document/d/1ZyXwVuTsRqPoNmLkJiHgFeDcBa98765/edit';

describe('textWithLinks', () => {
  it('writes each chip as its URL and keeps typed labels and line breaks', () => {
    const rich = new FakeRichTextValue([
      { text: 'Báo cáo thành tích: ' },
      { text: 'BC.pdf', link: FILE },
      { text: '\nBiên bản họp xét: ' },
      { text: 'Biên bản', link: DOC },
    ]);
    expect(textWithLinks(rich)).toBe(`Báo cáo thành tích: ${FILE}\nBiên bản họp xét: ${DOC}`);
  });

  it('separates chips that touch each other or the text after them', () => {
    const rich = new FakeRichTextValue([
      { text: 'BC.pdf', link: FILE },
      { text: 'Biên bản', link: DOC },
      { text: 'ghi chú' },
    ]);
    expect(textWithLinks(rich)).toBe(`${FILE} ${DOC} ghi chú`);
  });

  it('keeps a cell whose links are written as URLs, plain text and non-text cells as read', () => {
    expect(textWithLinks(new FakeRichTextValue([{ text: FILE, link: FILE }]))).toBeNull();
    expect(textWithLinks(new FakeRichTextValue([{ text: 'Báo cáo.pdf' }]))).toBeNull();
    expect(textWithLinks(null)).toBeNull();
  });

  it('a cell linked as a whole: the URL, after its label only when the label is a known document type', () => {
    const labelled = new FakeRichTextValue([{ text: 'Báo cáo thành tích: An.docx', link: FILE }]);
    expect(textWithLinks(labelled)).toBe(`Báo cáo thành tích: ${FILE}`);
    const titled = new FakeRichTextValue([{ text: 'Bản scan tháng 9: An.pdf', link: FILE }]);
    expect(textWithLinks(titled)).toBe(FILE);
  });

  it('withDossierLinks replaces only that column, only where a link is hidden', () => {
    const rows = [
      ['An', 'BC.pdf', 1],
      ['Bình', 'x', 2],
    ];
    const rich = [[new FakeRichTextValue([{ text: 'BC.pdf', link: FILE }])], [null]];
    expect(withDossierLinks(rows, 1, rich)).toEqual([
      ['An', FILE, 1],
      ['Bình', 'x', 2],
    ]);
  });
});
