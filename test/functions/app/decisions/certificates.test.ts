// certificates on in-memory repositories: one page per awardee of the recorded decision, with its award, unit,
// decision and signer; an unrecorded decision is refused.
import { describe, expect, it } from 'vitest';
import { type CertificatePage, certificates } from '../../../../functions/app/decisions/certificates';
import { recordDecision } from '../../../../functions/app/decisions/record-decision';
import {
  certificatesRequestSchema,
  PDF_MIME,
  recordDecisionRequestSchema,
} from '../../../../shared/api/decisions';
import { BOARD, decisionWorld } from './world';

describe('certificates', () => {
  it('gives one page per awardee of the decision, and refuses a decision not recorded', async () => {
    const { master, deps, review, campaignId } = decisionWorld();
    const awardees = master.entries.slice(0, 4);
    await review(
      awardees.map((e) => e.nomineeId),
      'approved',
    );
    await review([master.entries[5]?.nomineeId ?? ''], 'approved');
    await recordDecision(
      recordDecisionRequestSchema.parse({
        campaignId,
        decisionNumber: '1234/QĐ-UBND',
        decisionDate: '2026-09-05',
        nomineeIds: awardees.map((e) => e.nomineeId),
      }),
      BOARD,
      deps,
    );
    const pages: CertificatePage[] = [];
    const renderCertificates = async (list: CertificatePage[]) => {
      pages.push(...list);
      return new Uint8Array([37, 80, 68, 70]);
    };
    const answer = await certificates(
      certificatesRequestSchema.parse({ campaignId, decisionNumber: '1234/QĐ-UBND' }),
      BOARD,
      { ...deps, renderCertificates },
    );
    expect(answer).toMatchObject({ decisionDate: '2026-09-05', pages: 4 });
    expect(answer.file).toMatchObject({
      name: `giay-khen-${campaignId}-1234-qd-ubnd.pdf`,
      mimeType: PDF_MIME,
    });
    expect(pages.map((p) => p.name).sort()).toEqual(awardees.map((e) => e.displayName).sort());
    expect(pages[0]).toMatchObject({
      authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      decision: 'Quyết định số 1234/QĐ-UBND ngày 05/9/2026',
      placeDate: 'Lạng Sơn, ngày 05 tháng 9 năm 2026',
      signer: { titles: ['TRƯỞNG BAN'], name: 'Hoàng Văn Minh' },
    });
    expect(pages.every((p) => p.award !== '' && p.award === p.award.toLocaleUpperCase('vi'))).toBe(true);

    const missing = certificates(
      certificatesRequestSchema.parse({ campaignId, decisionNumber: '99/QĐ-UBND' }),
      BOARD,
      { ...deps, renderCertificates },
    );
    await expect(missing).rejects.toMatchObject({ code: 'DECISION_NOT_FOUND' });
  });
});
