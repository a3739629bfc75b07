// "Cơ cấu đại biểu" xlsx: the structure against the campaign's targets (sections VII and VIII), rendered by exceljs
// and read back with exceljs. Figures from the hand-computed fixture (test/fixtures/structure/README.md).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { officialWorkbookBytes } from '../../../../functions/adapters/xlsx/official-workbook';
import { exportMasterFiles } from '../../../../functions/app/outputs/export-files';
import { structureStats } from '../../../../functions/app/outputs/official-lists';
import { computeStats } from '../../../../shared/consolidation/compute-stats';
import { STRUCTURE_ENTRIES, STRUCTURE_OPTIONS } from '../../../fixtures/structure/entries';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';

const master = {
  ...sampleMaster({ individuals: 1, collectives: 0 }),
  entries: STRUCTURE_ENTRIES,
  stats: computeStats({ entries: STRUCTURE_ENTRIES }, STRUCTURE_OPTIONS),
};
const input = { master, body: { issuer: ['UBND TỈNH LẠNG SƠN'], place: 'Lạng Sơn' } };

async function sheet(): Promise<ExcelJS.Worksheet> {
  const files = await exportMasterFiles({ render: officialWorkbookBytes }, input);
  const file = files.find((f) => f.name.startsWith('thong-ke-co-cau-dai-bieu-'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file?.bytes ?? new Uint8Array()) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (ws === undefined) throw new Error('no sheet');
  return ws;
}

/** The rows after the row whose column B is `heading`, up to the next heading (a row without STT). */
function sectionRows(ws: ExcelJS.Worksheet, heading: string): unknown[][] {
  let start = -1;
  for (let r = 1; r <= ws.rowCount; r++) if (String(ws.getCell(r, 1).value ?? '') === heading) start = r;
  if (start < 0) throw new Error(`no ${heading}`);
  const rows: unknown[][] = [];
  for (let r = start + 1; typeof ws.getCell(r, 1).value === 'number'; r++)
    rows.push([2, 3, 4, 5].map((c) => ws.getCell(r, c).value));
  return rows;
}

describe('Cơ cấu đại biểu xlsx: structure against targets', () => {
  it('shows the whole list: seats, individuals, every group with share, target and verdict', async () => {
    const ws = await sheet();
    expect(ws.name).toBe('Cơ cấu đại biểu');
    const rows = sectionRows(ws, 'VII. CƠ CẤU SO VỚI CHỈ TIÊU (TOÀN DANH SÁCH)');
    expect(rows).toEqual([
      ['Số đại biểu (ghế đã dùng)', 5, '', 'Chỉ tiêu 5 ghế – đạt'],
      ['Số cá nhân được tính cơ cấu', 4, '', ''],
      ['Nữ', 2, 0.5, 'Chỉ tiêu ≥ 50% – đạt'],
      ['Dân tộc thiểu số', 1, 0.25, 'Chỉ tiêu ≥ 30% – thiếu 1 người'],
      ['Lao động trực tiếp', 2, 0.5, 'Chỉ tiêu 50%–60% – đạt'],
      ['Công nhân', 1, 0.25, 'Chỉ tiêu ≥ 10% – đạt'],
      ['Nông dân', 1, 0.25, ''],
      ['Trí thức, nhà khoa học', 1, 0.25, 'Chỉ tiêu ≥ 20% – đạt'],
      ['Thanh niên', 2, 0.5, 'Chỉ tiêu 30%–40% – vượt 1 người'],
    ]);
    expect(ws.getCell(findRowOf(ws, 'Nữ', 'VII.'), 4).numFmt).toBe('0.0%');
  });

  it('shows each unit: seats against its quota and the groups with a target', async () => {
    const ws = await sheet();
    const a = sectionRows(ws, '1. Đơn vị A');
    expect(a[0]).toEqual(['Số đại biểu (ghế đã dùng)', 3, '', 'Chỉ tiêu 2 ghế – vượt 1']);
    expect(a.map((r) => r[0])).not.toContain('Nông dân');
    expect(a.find((r) => r[0] === 'Lao động trực tiếp')).toEqual([
      'Lao động trực tiếp',
      2,
      0.6667,
      'Chỉ tiêu 50%–60% – vượt 1 người',
    ]);
    const c = sectionRows(ws, '3. Đơn vị C');
    expect(c[0]).toEqual(['Số đại biểu (ghế đã dùng)', 0, '', 'Chỉ tiêu 1 ghế – đạt']);
    expect(c.slice(2).every((r) => String(r[3]).endsWith('chưa có ai'))).toBe(true);
  });

  it('states the basis and the youth age in the notes; leaves VII out for statistics without structure', () => {
    const doc = structureStats(input);
    expect(doc.notes[1]).toContain('thanh niên: không quá 30 tuổi trong năm 2025');
    const { structure: _s, ...old } = master.stats;
    const without = structureStats({ ...input, master: { ...master, stats: old } });
    expect(without.sections.map((s) => s.heading)).not.toContain(
      'VII. CƠ CẤU SO VỚI CHỈ TIÊU (TOÀN DANH SÁCH)',
    );
    expect(without.notes).toHaveLength(1);
  });
});

function findRowOf(ws: ExcelJS.Worksheet, label: string, after: string): number {
  let seen = false;
  for (let r = 1; r <= ws.rowCount; r++) {
    const a = String(ws.getCell(r, 1).value ?? '');
    if (a.startsWith(after)) seen = true;
    if (seen && ws.getCell(r, 2).value === label) return r;
  }
  return -1;
}
