import { describe, expect, it } from 'vitest';
import { templateColumns } from '../../../../shared/schema/fields';
import type { FakeDataValidation, FakeRange } from '../../../fakes/apps-script/spreadsheet';
import { addon, column, headerOf, withTemplate } from '../../support/world';

function rangeValues(rule: FakeDataValidation | null | undefined): unknown[] {
  const source = rule?.getCriteriaValues()[0] as FakeRange;
  return source.getValues().flat();
}

describe('Tạo/cập nhật mẫu danh sách', () => {
  it('creates the tabs with the shared schema headers, a hidden catalog and a guide', async () => {
    const a = await addon();
    const sheet = withTemplate(a);
    expect(a.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Danh mục',
      'Cá nhân',
      'Tập thể',
      'Hướng dẫn',
    ]);
    expect(headerOf(sheet)).toEqual(templateColumns('individual').map((c) => c.label));
    expect(headerOf(a.spreadsheet._sheet('Tập thể'))).toEqual(
      templateColumns('collective').map((c) => c.label),
    );
    expect(a.spreadsheet._sheet('Danh mục').isSheetHidden()).toBe(true);
    expect(String(a.spreadsheet._sheet('Hướng dẫn')._values[0]?.[0])).toContain('HƯỚNG DẪN');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(a.properties.document.getProperty('tonvinh.timeZone')).toBe('Asia/Ho_Chi_Minh');
    expect(a.ui._alerts().at(-1)).toContain('Đã tạo trang “Cá nhân”');
  });

  it('formats CCCD and phone as plain text and feeds dropdowns from the catalog', async () => {
    const a = await addon();
    const sheet = withTemplate(a);
    const cccd = column(sheet, 'Số CCCD');
    expect(
      sheet
        .getRange(2, cccd, 999, 1)
        .getNumberFormats()
        .flat()
        .every((f) => f === '@'),
    ).toBe(true);
    expect(sheet.getRange(2, column(sheet, 'Số điện thoại')).getNumberFormats()[0]?.[0]).toBe('@');
    expect(sheet.getRange(2, column(sheet, 'Họ và tên')).getNumberFormats()[0]?.[0]).toBe('General');
    const ethnicity = sheet.getRange(500, column(sheet, 'Dân tộc')).getDataValidations()[0]?.[0];
    expect(ethnicity?.getCriteriaType()).toBe('VALUE_IN_RANGE');
    expect(rangeValues(ethnicity)).toContain('Kinh');
    expect(rangeValues(ethnicity)).toHaveLength(56);
    const award = sheet.getRange(2, column(sheet, 'Hình thức đề nghị')).getDataValidations()[0]?.[0];
    expect(rangeValues(award)).toContain('Lao động tiên tiến');
    const party = sheet.getRange(2, column(sheet, 'Đảng viên')).getDataValidations()[0]?.[0];
    expect(party?.getCriteriaValues()[0]).toEqual(['Có', 'Không']);
    expect(sheet.getColumnWidth(column(sheet, 'Tóm tắt thành tích'))).toBe(320);
  });

  it('protects the header once (warning only), even when run again', async () => {
    const a = await addon();
    const sheet = withTemplate(a);
    a.call('menuCreateTemplate');
    const protections = sheet.getProtections('RANGE');
    expect(protections).toHaveLength(1);
    expect(protections[0]?.isWarningOnly()).toBe(true);
    expect(protections[0]?.getRange()?.getA1Notation()).toMatch(/^A1:[A-Z]+1$/);
  });

  it('never destroys or moves rows when run on an existing list: fixes labels in place, appends missing columns', async () => {
    const a = await addon();
    const sheet = a.spreadsheet.insertSheet('Cá nhân');
    sheet._fill([
      ['Họ tên', 'CCCD', 'Cột riêng của đơn vị', 'Năm sinh'],
      ['Nguyễn Văn An', '020080001234', 'giữ nguyên', 1980],
      ['Trần Thị Bình', '', 'x', 1990],
    ]);
    a.call('menuCreateTemplate');
    const header = headerOf(sheet);
    expect(header.slice(0, 4)).toEqual(['Họ và tên', 'Số CCCD', 'Cột riêng của đơn vị', 'Năm sinh']);
    expect(header).toHaveLength(4 + templateColumns('individual').length - 3);
    expect(sheet._values[1]?.slice(0, 4)).toEqual(['Nguyễn Văn An', '020080001234', 'giữ nguyên', 1980]);
    expect(sheet._values[2]?.slice(0, 4)).toEqual(['Trần Thị Bình', '', 'x', 1990]);
    expect(sheet.getRange(2, 2).getNumberFormats()[0]?.[0]).toBe('@');
    a.call('menuCreateTemplate');
    expect(headerOf(sheet)).toEqual(header);
    expect(sheet.getLastRow()).toBe(3);
  });
});
