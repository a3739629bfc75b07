// Field errors: every schema violation named by its path in the body, with a Vietnamese message.
import { describe, expect, it } from 'vitest';
import { adminCampaignRequestSchema } from '../../../shared/api/admin-campaign';
import { fieldErrorsOf } from '../../../shared/api/field-errors';

function errorsOf(body: unknown) {
  const parsed = adminCampaignRequestSchema.safeParse(body, { reportInput: true });
  if (parsed.success) throw new Error('expected a refusal');
  return fieldErrorsOf(parsed.error);
}

describe('fieldErrorsOf', () => {
  it('names nested fields, record keys and array items, in Vietnamese', () => {
    const fields = errorsOf({
      campaignId: 'c1',
      campaign: { quotas: { u1: { byAward: { XX: 2 } } }, graceMinutes: -1, open: 'yes', extra: 1 },
      members: [{ email: 'x', role: 'unit' }],
    });
    expect(fields).toEqual([
      { path: ['campaign', 'graceMinutes'], message: 'Giá trị phải từ 0 trở lên.' },
      { path: ['campaign', 'open'], message: 'Sai kiểu dữ liệu (cần đúng/sai (true/false)).' },
      {
        path: ['campaign', 'quotas', 'u1', 'byAward', 'XX'],
        message: 'Mã hình thức khen thưởng không có trong danh mục.',
      },
      { path: ['campaign', 'extra'], message: 'Trường này không được hỗ trợ.' },
      { path: ['members', 0, 'email'], message: 'Địa chỉ email không hợp lệ.' },
      { path: ['members', 0, 'unitIds'], message: 'Tài khoản đơn vị cần ít nhất một mã đơn vị.' },
    ]);
    for (const field of fields) expect(field.message).toBe(field.message.normalize('NFC'));
  });

  it('says a missing field is missing, and an empty text empty', () => {
    expect(errorsOf({ campaign: { title: '' } })).toEqual([
      { path: ['campaignId'], message: 'Thiếu thông tin bắt buộc.' },
      { path: ['campaign', 'title'], message: 'Không được để trống.' },
    ]);
  });
});
