import { describe, expect, it } from 'vitest';
import { validateGrid } from '../../../shared/grid/validate-grid';

const IND = {
  kind: 'individual',
  today: '2026-05-01',
  evaluationYear: 2025,
  rules: { checkEligibility: false },
} as const;
const FILE = '1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const BAOCAO = `Báo cáo thành tích: https://drive.google.com/file/d/${FILE}/view`;
const BIENBAN = `Biên bản họp xét: https://docs.google.com/document/d/${FILE}/edit`;
const SUMMARY = 'Hoàn thành xuất sắc nhiệm vụ năm 2025, chủ trì hai đề án cải cách hành chính.';

function grid(rows: unknown[][], withDossier = true) {
  const header = [
    'Họ và tên',
    'Năm sinh',
    'Giới tính',
    'Đại biểu',
    'Hình thức đề nghị',
    'Tóm tắt thành tích',
  ];
  return {
    header: withDossier ? [...header, 'Hồ sơ'] : header,
    rows: withDossier ? rows : rows.map((r) => r.slice(0, header.length)),
    firstRow: 2,
  };
}

const codesOf = (r: ReturnType<typeof validateGrid>) =>
  r.issues.map((i) => [i.row, i.code, i.severity, i.column]);

describe('the "Hồ sơ" column', () => {
  const rows = [
    ['Lê Văn Tám', 1980, 'Nam', '', 'Bằng khen của Chủ tịch UBND tỉnh', SUMMARY, `${BAOCAO}\n${BIENBAN}`],
    ['Lê Thị Chín', 1981, 'Nữ', '', 'Bằng khen của Chủ tịch UBND tỉnh', SUMMARY, BAOCAO],
    [
      'Lê Văn Mười',
      1982,
      'Nam',
      '',
      'Bằng khen của Chủ tịch UBND tỉnh',
      SUMMARY,
      'https://example.com/hoso.pdf',
    ],
    ['Lê Văn Một', 1983, 'Nam', 'x', '', '', ''],
  ];

  it('stores canonical links; missing documents and a bad link are warnings at the cell (the row stays valid)', () => {
    const r = validateGrid(grid(rows), IND);
    expect(codesOf(r)).toEqual([
      [3, 'dossier.missing', 'warning', 7],
      [4, 'dossier.badLink', 'warning', 7],
      [4, 'dossier.missing', 'warning', 7],
    ]);
    expect(r.issues[0]?.message).toBe(
      'Hồ sơ đề nghị "Bằng khen của Chủ tịch UBND tỉnh" còn thiếu: Biên bản họp xét. Hãy dán đường dẫn Google Drive của từng tài liệu vào cột "Hồ sơ", mỗi tài liệu một dòng, ví dụ "Báo cáo thành tích: https://drive.google.com/file/d/…".',
    );
    expect(r.issues[2]?.message).toContain('còn thiếu: Báo cáo thành tích, Biên bản họp xét.');
    expect(r.rows.map((x) => x.valid)).toEqual([true, true, true, true]);
    expect(r.rows[0]?.data).toMatchObject({ dossier: `${BAOCAO}\n${BIENBAN}` });
  });

  it('a list without the column gets no dossier issue', () => {
    expect(validateGrid(grid(rows, false), IND).issues).toEqual([]);
  });

  it('the campaign checklist applies (delegates of a congress need their award decision)', () => {
    const rules = { ...IND.rules, dossierChecklist: { delegate: ['QDKT' as const] } };
    const r = validateGrid(grid(rows), { ...IND, rules });
    expect(codesOf(r).filter((c) => c[0] === 5)).toEqual([[5, 'dossier.missing', 'warning', 7]]);
    expect(r.issues.find((i) => i.row === 5)?.message).toContain(
      'Hồ sơ đề nghị đại biểu còn thiếu: Quyết định khen thưởng đã có.',
    );
  });

  it('a required "Hồ sơ" (rules.requiredFields) makes an empty cell an error', () => {
    const r = validateGrid(grid(rows), { ...IND, rules: { ...IND.rules, requiredFields: ['dossier'] } });
    expect(codesOf(r).filter((c) => c[0] === 5)).toEqual([[5, 'required.missing', 'error', 7]]);
  });
});
