// certificates (board only): the awardees of a recorded decision (recordDecision) → one certificate page each
// (name, unit, award, decision number and date, place and date, signer), as one PDF in base64. The page content is
// built here; functions/adapters/pdf/certificates-pdf.ts draws it with pdf-lib and an embedded Vietnamese font.
import { type CertificatesBody, type CertificatesResponse, PDF_MIME } from '../../../shared/api/decisions';
import type { MasterEntry } from '../../../shared/consolidation/types';
import { requireBoard } from '../campaigns/access';
import { AppError } from '../errors';
import { fileBody } from '../outputs/export-files';
import { issuingBodyOf } from '../outputs/export-master';
import { awardLabel } from '../outputs/labels';
import type { AccessLog, Principal } from '../ports';
import type { ReviewDeps } from '../review/review-duplicates';
import { groupByAward, placeDateLine, provinceOf } from './decision-documents';
import { decisionSource, isAwardedBy, withAward } from './decision-entries';

export interface CertificatePage {
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" */
  authority: string;
  /** "BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH" */
  award: string;
  name: string;
  /** Position and unit (individuals), or the collective's unit. */
  unit: string;
  achievement: string;
  /** "Quyết định số 1234/QĐ-UBND ngày 15/9/2026" */
  decision: string;
  /** "Lạng Sơn, ngày 15 tháng 9 năm 2026" */
  placeDate: string;
  signer: { titles: string[]; name?: string | undefined };
}

/** Draws the pages as one PDF (functions/adapters/pdf/certificates-pdf.ts). */
export type CertificatesRenderPort = (pages: CertificatePage[], title: string) => Promise<Uint8Array>;

export interface CertificatesDeps extends ReviewDeps {
  accessLog: AccessLog;
  requestId: string;
  renderCertificates: CertificatesRenderPort;
}

export async function certificates(
  request: CertificatesBody,
  principal: Principal,
  deps: CertificatesDeps,
): Promise<CertificatesResponse> {
  requireBoard(principal);
  const source = await decisionSource(deps, request.campaignId);
  const awarded = source.entries.filter((item) => isAwardedBy(item, request.decisionNumber));
  const decisionDate = awarded[0]?.review?.decisionDate;
  if (decisionDate === undefined) throw new AppError('DECISION_NOT_FOUND', request.decisionNumber);
  const body = issuingBodyOf(source.campaign, decisionDate);
  const signer = request.signer ?? body.signer ?? { titles: ['CHỦ TỊCH'] };
  const context = {
    authority: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${provinceOf(body)}`,
    signer,
    title: source.campaign.title,
  };
  const decision = `Quyết định số ${request.decisionNumber} ngày ${shortDate(decisionDate)}`;
  const placeDate = placeDateLine(body.place, decisionDate);
  const entries = groupByAward(awarded.map(withAward)).flatMap(([, list]) => list);
  const pages = entries.map((e) => pageOf(e, { ...context, decision, placeDate }));
  const title = `Giấy khen – ${request.decisionNumber}`;
  const bytes = await deps.renderCertificates(pages, title);
  await deps.accessLog.record({
    at: deps.clock.now().toISOString(),
    actor: principal.email,
    action: 'certificates',
    campaignId: source.campaign.id,
    requestId: deps.requestId,
    detail: `decision ${request.decisionNumber} (${pages.length} awardees) → pdf`,
  });
  const name = `giay-khen-${source.campaign.id}-${slug(request.decisionNumber)}.pdf`;
  return {
    decisionNumber: request.decisionNumber,
    decisionDate,
    pages: pages.length,
    file: fileBody(name, title, PDF_MIME, bytes),
  };
}

interface PageContext {
  authority: string;
  signer: CertificatePage['signer'];
  title: string;
  decision: string;
  placeDate: string;
}

function pageOf(e: MasterEntry, c: PageContext): CertificatePage {
  const unit = [e.kind === 'individual' ? e.position : undefined, e.workplace ?? e.sources[0]?.unitName]
    .filter((s) => s !== undefined && s !== '')
    .join(', ');
  return {
    authority: c.authority,
    award: awardLabel(e.awardDecision ?? e.award).toLocaleUpperCase('vi'),
    name: e.displayName,
    unit,
    achievement: `Đã có thành tích xuất sắc – ${c.title}.`,
    decision: c.decision,
    placeDate: c.placeDate,
    signer: c.signer,
  };
}

/** 2026-09-05 → 05/9/2026. */
function shortDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${Number(m)}/${y}`;
}

/** "1234/QĐ-UBND" → "1234-qd-ubnd". */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
