// Pure: the text of a "Hồ sơ" cell with its links written out. Pasting a Drive link in Google Sheets usually turns
// it into a smart chip (or a titled link): getValues() then answers only the file's title, which the dossier check
// would take for a bad link. From the cell's RichTextValue, each linked run whose text is not already its URL is
// replaced by that URL, the rest of the text (the document type labels, line breaks) is kept as typed; a cell linked
// as a whole keeps a leading type label ("Báo cáo thành tích: <title>" → "Báo cáo thành tích: <url>").
import { dossierDocType } from '../../../shared/vocab/dossier-documents';

/** What the add-on uses of a RichTextValue run. */
export interface RichRun {
  getText(): string;
  getLinkUrl(): string | null;
}

/** What the add-on uses of a cell's RichTextValue. */
export interface RichCell extends RichRun {
  getRuns(): RichRun[];
}

/** A run's link when it hides its URL behind other text (a chip's title, a titled link); else null. */
function hiddenLink(run: RichRun): string | null {
  const url = run.getLinkUrl();
  return url && !run.getText().includes(url) ? url : null;
}

/** The runs joined, each hidden link written as its URL with whitespace around it where the text has none. */
function joinRuns(runs: RichRun[]): string {
  let out = '';
  let afterUrl = false;
  for (const run of runs) {
    const url = hiddenLink(run);
    const piece = url ?? run.getText();
    const glue = (url || afterUrl) && out !== '' && !/\s$/.test(out) && !/^\s/.test(piece) ? ' ' : '';
    out += glue + piece;
    afterUrl = url !== null;
  }
  return out;
}

/** A cell linked as a whole: its URL, after the type label the text starts with when it names a known type. */
function wholeLink(text: string, url: string): string {
  const colon = text.indexOf(':');
  const label = colon > 0 ? text.slice(0, colon).trim() : '';
  return label !== '' && dossierDocType(label) !== undefined ? `${label}: ${url}` : url;
}

/** The cell's text with its hidden links written out; null when it has none (keep the value as read). */
export function textWithLinks(rich: RichCell | null | undefined): string | null {
  if (!rich) return null;
  const url = hiddenLink(rich);
  if (url) return wholeLink(rich.getText(), url);
  const runs = rich.getRuns();
  return runs.some((run) => hiddenLink(run) !== null) ? joinRuns(runs) : null;
}

/** Replaces, in the rows read (header excluded), column `index`'s cells that hide links (rich: that column's cells). */
export function withDossierLinks<T>(
  rows: T[][],
  index: number,
  rich: (RichCell | null)[][],
): (T | string)[][] {
  return rows.map((cells, r) => {
    const text = textWithLinks(rich[r]?.[0]);
    if (text === null) return cells;
    const copy: (T | string)[] = [...cells];
    copy[index] = text;
    return copy;
  });
}
