import { describe, expect, it } from 'vitest';
import { receiptViewOf } from '../../../../functions/app/mail/receipt-view';
import type { SubmitNominationsResponse } from '../../../../shared/api/nominations';
import { CAMPAIGN, storedRow } from './support/hook-deps';

const result: SubmitNominationsResponse = {
  version: 2,
  versionId: 'v-abc',
  status: 'with_errors',
  summary: { rows: 3, validRows: 2, errorRows: 1, errors: 1, warnings: 0 },
  issues: [
    {
      row: 9,
      column: 6,
      field: 'cccd',
      code: 'CCCD_LENGTH',
      severity: 'error',
      message: 'Số CCCD phải có 12 chữ số',
    },
  ],
  replayed: false,
  submittedAt: '2026-11-20T03:00:00.000Z',
  late: false,
};

describe('receiptViewOf', () => {
  it('maps the response, the stored rows and the campaign into the receipt', () => {
    const rows = [
      storedRow(7, { fullName: 'Vi Thị Hạnh', cccd: '020186004545', award: 'LDTT' }),
      storedRow(8, { collectiveName: 'Tổ dân phố 3' }),
      storedRow(9, {}, false),
    ];
    const view = receiptViewOf({
      campaign: CAMPAIGN,
      unitName: 'Phường Tam Thanh',
      kind: 'individual',
      sheetName: 'Cá nhân',
      result,
      rows,
    });
    expect(view).toMatchObject({
      campaignName: CAMPAIGN.campaignName,
      unitName: 'Phường Tam Thanh',
      kindLabel: 'Cá nhân',
      version: 2,
      deadline: '2026-12-15',
      counts: result.summary,
      issues: [{ ref: 'Cá nhân!F9', message: 'Số CCCD phải có 12 chữ số', severity: 'error' }],
    });
    expect(view.nominees).toEqual([
      { name: 'Vi Thị Hạnh', cccd: '020186004545', award: 'Lao động tiên tiến', valid: true },
      { name: 'Tổ dân phố 3', valid: true },
      { name: 'Dòng 9', valid: false },
    ]);
  });
});
