// Personal data: no part of any generated mail (subject, HTML, text) carries a full CCCD. The receipt is built from
// real validation issues of a grid whose CCCDs contradict the stated gender and birth year (the two issue messages
// that embed the number), and from a CCCD cell that lost its leading zeros; every other template from fixtures
// whose names, notes and messages contain CCCDs. Delivery masks again at its boundary (deliver.test.ts).
import { describe, expect, it } from 'vitest';
import type { RenderedMail } from '../../../../../functions/app/mail/ports';
import { receiptViewOf } from '../../../../../functions/app/mail/receipt-view';
import { renderDigest } from '../../../../../functions/app/mail/templates/digest';
import { renderReceipt } from '../../../../../functions/app/mail/templates/receipt';
import { renderReminder } from '../../../../../functions/app/mail/templates/reminder';
import { renderUnitSummary } from '../../../../../functions/app/mail/templates/unit-summary';
import { gridValidator } from '../../../../../functions/validator';
import type { SubmitNominationsResponse } from '../../../../../shared/api/nominations';
import { HEADER } from '../../../../support/grids';
import { CAMPAIGN, storedRow } from '../support/hook-deps';
import { digestView, reminderView, unitSummaryView } from '../support/views';

const CCCDS = ['001203004545', '020186004545', '079088001234'];
/** A full CCCD, or one that lost its leading zeros (a number cell). */
const ID_RUN = /(?<!\d)\d{10,12}(?!\d)/;

function parts(mail: RenderedMail): string[] {
  return [mail.subject, mail.html, mail.text];
}

function validatedReceipt(): RenderedMail {
  const grid = {
    header: HEADER,
    firstRow: 2,
    rows: [
      // Born 2003, male per CCCD (001 2 03 …): stated female and 1980 → gender and birth-year mismatches.
      [1, 'Nguyễn Thị An', 'Nữ', 1980, 'Kinh', CCCDS[0], 'Lao động tiên tiến'],
      [2, 'Hoàng Văn Bình', 'Nữ', 1990, 'Tày', CCCDS[1], 'Lao động tiên tiến'],
      // A number cell: "020186004545" read as 20186004545 (leading zero lost).
      [3, 'Lường Văn Quý', 'Nam', 1986, 'Nùng', 20186004545, 'Lao động tiên tiến'],
    ],
  };
  const validated = gridValidator(grid, { kind: 'individual', today: '2026-11-20' });
  const messages = validated.issues.map((i) => i.message).join('\n');
  expect(messages).toContain(CCCDS[0]);
  expect(validated.issues.map((i) => i.code)).toEqual(
    expect.arrayContaining(['cccd.genderMismatch', 'cccd.birthYearMismatch', 'cccd.leadingZeroLost']),
  );
  const result: SubmitNominationsResponse = {
    version: 1,
    versionId: 'v-1',
    status: 'with_errors',
    summary: { rows: 3, validRows: 0, errorRows: 3, errors: 3, warnings: 0 },
    issues: validated.issues,
    replayed: false,
    submittedAt: '2026-11-20T03:00:00.000Z',
    late: false,
  };
  const rows = grid.rows.map((r, i) => storedRow(2 + i, { fullName: r[1], cccd: String(r[5]) }, false));
  return renderReceipt(
    receiptViewOf({
      campaign: CAMPAIGN,
      unitName: 'UBND xã Đồng Đăng',
      kind: 'individual',
      sheetName: 'Cá nhân',
      result,
      rows,
    }),
  );
}

describe('no mail part carries a full CCCD', () => {
  it('the receipt of a grid whose issue messages embed CCCDs', () => {
    const mail = validatedReceipt();
    for (const part of parts(mail)) expect(part).not.toMatch(ID_RUN);
    expect(mail.text).toContain('0012******45');
  });

  it('every template, with CCCDs in names, notes and issue messages', () => {
    const withIds = (text: string) => `${text} (CCCD ${CCCDS.join(', ')})`;
    const summary = unitSummaryView();
    const mails = [
      renderUnitSummary({
        ...summary,
        returned: summary.returned.map((r) => ({ ...r, note: withIds(r.note) })),
        toFix: summary.toFix.map((t) => ({ ...t, message: withIds(t.message) })),
      }),
      renderDigest({ ...digestView(), campaignName: withIds('Đợt') }),
      renderReminder(reminderView({ unitName: withIds('UBND xã') })),
    ];
    for (const mail of mails) for (const part of parts(mail)) expect(part).not.toMatch(ID_RUN);
  });
});
