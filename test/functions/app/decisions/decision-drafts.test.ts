// decisionDrafts on in-memory repositories: the documents are made from the approved entries only, grouped by
// award, with the campaign's issuing body; the renderer gets each document; unit users and empty lists refused.
import { describe, expect, it } from 'vitest';
import type { DecisionDocument } from '../../../../functions/app/decisions/decision-documents';
import { decisionDrafts } from '../../../../functions/app/decisions/decision-drafts';
import { DOCX_MIME, decisionDraftsRequestSchema } from '../../../../shared/api/decisions';
import { BOARD, decisionWorld, UNIT_USER } from './world';

function capture() {
  const docs: DecisionDocument[] = [];
  const renderDocx = async (doc: DecisionDocument) => {
    docs.push(doc);
    return new TextEncoder().encode(doc.kind);
  };
  return { docs, renderDocx };
}

describe('decisionDrafts', () => {
  it('drafts the Tờ trình and the Quyết định from the approved entries, grouped by award', async () => {
    const { master, deps, review, campaignId, accessLog } = decisionWorld();
    const approved = master.entries.slice(0, 6);
    await review(
      approved.map((e) => e.nomineeId),
      'approved',
    );
    await review([master.entries[6]?.nomineeId ?? ''], 'ineligible');
    const { docs, renderDocx } = capture();
    const body = decisionDraftsRequestSchema.parse({ campaignId, date: '2026-09-01' });
    const answer = await decisionDrafts(body, BOARD, { ...deps, renderDocx });

    expect(answer).toMatchObject({ version: 2, entries: 6 });
    expect(answer.files.map((f) => [f.kind, f.name, f.mimeType])).toEqual([
      ['toTrinh', `du-thao-to-trinh-${campaignId}-v2.docx`, DOCX_MIME],
      ['quyetDinh', `du-thao-quyet-dinh-${campaignId}-v2.docx`, DOCX_MIME],
    ]);
    expect(Buffer.from(answer.files[1]?.contentBase64 ?? '', 'base64').toString()).toBe('quyetDinh');
    const [toTrinh, decision] = docs;
    expect(toTrinh).toMatchObject({
      heading: 'TỜ TRÌNH',
      number: expect.stringMatching(/^Số: +\/TTr-BTĐKT$/),
      issuer: ['UBND TỈNH LẠNG SƠN', 'BAN THI ĐUA – KHEN THƯỞNG'],
      addressee: 'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn.',
      placeDate: 'Lạng Sơn, ngày 01 tháng 9 năm 2026',
      signer: { titles: ['TRƯỞNG BAN'], name: 'Hoàng Văn Minh' },
    });
    expect(decision).toMatchObject({
      heading: 'QUYẾT ĐỊNH',
      issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'],
      number: expect.stringMatching(/^Số: +\/QĐ-UBND$/),
      authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      verdict: 'QUYẾT ĐỊNH:',
    });
    expect(decision?.bases.join(' ')).toContain('06/2022/QH15');
    expect(decision?.bases.join(' ')).toContain('152/2025/NĐ-CP');
    expect(decision?.paragraphs.map((p) => p.lead)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
    const names = decision?.annex.groups.flatMap((g) => g.parts.flatMap((p) => p.rows.map((r) => r[1])));
    expect(names?.sort()).toEqual(approved.map((e) => e.displayName).sort());
    const headings = decision?.annex.groups.map((g) => g.heading) ?? [];
    expect(headings.every((h, i) => h.startsWith(`${['I', 'II', 'III', 'IV', 'V', 'VI'][i]}. `))).toBe(true);
    expect(new Set(headings).size).toBe(headings.length);
    expect(accessLog.entries.map((e) => e.action)).toEqual(['decisionDrafts']);
  });

  it('leaves the date blank without one, drafts only the kinds asked', async () => {
    const { master, deps, review, campaignId } = decisionWorld();
    await review([master.entries[0]?.nomineeId ?? ''], 'approved');
    const { docs, renderDocx } = capture();
    const body = decisionDraftsRequestSchema.parse({ campaignId, kinds: ['quyetDinh'] });
    const answer = await decisionDrafts(body, BOARD, { ...deps, renderDocx });
    expect(answer.files.map((f) => f.kind)).toEqual(['quyetDinh']);
    expect(docs[0]?.placeDate).toMatch(/^Lạng Sơn, ngày +tháng +năm 20 +$/);
  });

  it('refuses a unit user and a list without approved entries', async () => {
    const { deps, campaignId } = decisionWorld();
    const { renderDocx } = capture();
    const body = decisionDraftsRequestSchema.parse({ campaignId });
    await expect(decisionDrafts(body, BOARD, { ...deps, renderDocx })).rejects.toMatchObject({
      code: 'DECISION_NO_APPROVED_ENTRIES',
    });
    await expect(decisionDrafts(body, UNIT_USER, { ...deps, renderDocx })).rejects.toMatchObject({
      code: 'FORBIDDEN_ROLE',
    });
  });
});
