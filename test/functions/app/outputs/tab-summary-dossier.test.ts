// "Tổng hợp" tab: the dossier's links and its completeness under the campaign's checklist, after the lead and
// existing columns (which keep their places).
import { describe, expect, it } from 'vitest';
import { masterTabs } from '../../../../functions/app/outputs/master-tabs';
import { ENTRY_LEAD_COLUMNS, summaryTab } from '../../../../functions/app/outputs/tab-summary';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';

const FILE = '1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const BAOCAO = `Báo cáo thành tích: https://drive.google.com/file/d/${FILE}/view`;
const BIENBAN = `Biên bản họp xét: https://docs.google.com/document/d/${FILE}/edit`;

function entries() {
  const [first, second, third] = sampleMaster().entries;
  if (!first || !second || !third) throw new Error('sample too small');
  const { award: _a, dossier: _d, ...delegate } = third;
  return [
    { ...first, award: 'BK_TINH', dossier: `${BAOCAO}\n${BIENBAN}` },
    { ...second, award: 'BK_TINH', dossier: BAOCAO },
    { ...delegate, delegate: true },
  ];
}

describe('summaryTab dossier columns', () => {
  const tab = summaryTab({ entries: entries() });
  const column = (header: string) => tab.columns.findIndex((c) => c.header === header);

  it('come last: lead columns and "Mã hồ sơ" keep their places', () => {
    expect(tab.columns.slice(0, 5)).toEqual(ENTRY_LEAD_COLUMNS);
    expect(tab.columns.slice(-4).map((c) => c.header)).toEqual([
      'Mã hồ sơ',
      'Hồ sơ',
      'Hồ sơ đủ',
      'Hồ sơ còn thiếu',
    ]);
  });

  it('show the links, whether the dossier is complete, and what is missing', () => {
    const cells = tab.rows.map((r) => [
      r[column('Hồ sơ')],
      r[column('Hồ sơ đủ')],
      r[column('Hồ sơ còn thiếu')],
    ]);
    expect(cells).toEqual([
      [`${BAOCAO}\n${BIENBAN}`, 'Đủ', ''],
      [BAOCAO, 'Thiếu', 'Biên bản họp xét'],
      ['', 'Không yêu cầu', ''],
    ]);
    const colours = tab.statusColumns.find((s) => s.column === column('Hồ sơ đủ'));
    expect(colours?.colors.map((c) => c.text)).toEqual(['Đủ', 'Thiếu']);
  });

  it('apply the campaign checklist passed to masterTabs (delegates need their award decision)', () => {
    const master = { ...sampleMaster(), entries: entries() };
    const [summary] = masterTabs({ master, rules: { dossierChecklist: { delegate: ['QDKT'] } } });
    const row = summary?.rows[2] ?? [];
    expect([row[column('Hồ sơ đủ')], row[column('Hồ sơ còn thiếu')]]).toEqual([
      'Thiếu',
      'Quyết định khen thưởng đã có',
    ]);
  });
});
