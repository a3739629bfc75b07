// The administrative document format of NĐ 30/2020/NĐ-CP (Phụ lục I) as the decision drafts use it, in one place:
// paper, margins, font and the size of each part. Sizes in points; margins in millimetres.

export const ND30 = {
  font: 'Times New Roman',
  /** A4 portrait. */
  page: { widthMm: 210, heightMm: 297 },
  /** Top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  size: {
    /** Body text, căn cứ, Điều: 13–14 pt. */
    body: 14,
    /** Issuer block (left header): 12–13 pt. */
    issuer: 12,
    /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": 12–13 pt, bold caps. */
    nationalTitle: 12,
    /** "Độc lập - Tự do - Hạnh phúc": 13–14 pt, bold. */
    motto: 14,
    /** Số, ký hiệu: 13 pt. */
    number: 13,
    /** Place and date, italic: 13–14 pt. */
    placeDate: 14,
    /** Document kind ("QUYẾT ĐỊNH", "TỜ TRÌNH"): 13–14 pt bold caps. */
    heading: 14,
    /** "Nơi nhận:" 12 pt bold italic; its lines 11 pt. */
    recipientsLabel: 12,
    recipients: 11,
    /** Signer's authority and title: 13–14 pt bold caps. */
    signer: 14,
    /** Annex table text. */
    table: 13,
  },
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  /** Width of the header table's left column, as a share of the text width. */
  headerLeftShare: 0.42,
  /** Body paragraphs: first-line indent 1–1.27 cm, spacing 6 pt, line spacing 1.15 (276/240). */
  firstLineMm: 12.7,
  paragraphAfterPt: 6,
  line: 276,
  /** Annex columns as shares of the text width: STT, name, position and unit, award. */
  annexColumns: [0.08, 0.3, 0.37, 0.25],
} as const;

/** Text width (twips) between the margins. */
export function textWidthMm(): number {
  return ND30.page.widthMm - ND30.marginsMm.left - ND30.marginsMm.right;
}

/** docx measures run sizes in half-points. */
export function halfPoints(pt: number): number {
  return pt * 2;
}
