// "Cần bổ sung": the board returned a nominee to the unit, with its note; one mail per review decision.
import { formatDate } from '../format';
import { paragraph, paragraphHtml, shell, strong } from '../layout';
import type { RenderedMail } from '../ports';
import { subject, textBody, textSection } from '../text';

export interface ReturnedView {
  campaignName: string;
  unitName: string;
  displayName: string;
  note: string;
  /** Rows of the unit's sheet the nominee came from. */
  sheetRows: number[];
  /** Local deadline date "YYYY-MM-DD". */
  deadline: string;
}

export function renderReturned(view: ReturnedView): RenderedMail {
  const title = subject([`Cần bổ sung: ${view.displayName}`, view.unitName, view.campaignName]);
  return { subject: title, html: returnedHtml(view), text: returnedText(view) };
}

function rowsPhrase(rows: number[]): string {
  return rows.length === 0 ? '' : ` (dòng ${rows.join(', ')} trong bảng của đơn vị)`;
}

function returnedHtml(view: ReturnedView): string {
  const body = [
    paragraphHtml(
      `Ban Thi đua – Khen thưởng đề nghị đơn vị ${strong(view.unitName)} bổ sung hồ sơ của ${strong(view.displayName)}${rowsPhrase(view.sheetRows)}.`,
    ),
    paragraphHtml(`Nội dung cần bổ sung: ${strong(view.note)}`),
    paragraph(
      `Hãy sửa trong bảng tính của đơn vị rồi gửi lại danh sách trước hạn chót ${formatDate(view.deadline)}.`,
    ),
  ];
  return shell(`Cần bổ sung hồ sơ – ${view.campaignName}`, view.note, body.join(''));
}

function returnedText(view: ReturnedView): string {
  return textBody([
    `Ban Thi đua – Khen thưởng đề nghị đơn vị ${view.unitName} bổ sung hồ sơ của ${view.displayName}${rowsPhrase(view.sheetRows)} (${view.campaignName}).`,
    textSection('Nội dung cần bổ sung', [view.note]),
    `Hãy sửa trong bảng tính của đơn vị rồi gửi lại danh sách trước hạn chót ${formatDate(view.deadline)}.`,
  ]);
}
