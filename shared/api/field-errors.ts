// Field errors: a schema violation named by the path of the offending field, with a Vietnamese message. A client
// (the add-on) turns a path such as ["units", 3, "kind"] into the tab, row and column to show it at.
import type { z } from 'zod';

export type FieldPath = Array<string | number>;

export interface FieldError {
  path: FieldPath;
  message: string;
}

const MAX_FIELDS = 100;

/** The field errors of a failed parse, prefixed with `prefix` (where the parsed value sits in the request). */
export function fieldErrorsOf(error: z.ZodError, prefix: FieldPath = []): FieldError[] {
  return error.issues.flatMap((issue) => issueFields(issue, prefix)).slice(0, MAX_FIELDS);
}

function issueFields(issue: z.core.$ZodIssue, prefix: FieldPath): FieldError[] {
  const path = [...prefix, ...issue.path.map(pathPart)];
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({ path: [...path, key], message: 'Trường này không được hỗ trợ.' }));
  return [{ path, message: messageOf(issue) }];
}

function pathPart(part: PropertyKey): string | number {
  return typeof part === 'number' ? part : String(part);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai (true/false)',
  array: 'danh sách',
  object: 'nhóm thông tin',
  record: 'nhóm thông tin',
};

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.input === undefined && issue.code !== 'custom') return 'Thiếu thông tin bắt buộc.';
  switch (issue.code) {
    case 'invalid_type':
      return `Sai kiểu dữ liệu (cần ${TYPE_NAMES[issue.expected] ?? issue.expected}).`;
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum));
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum));
    case 'invalid_format':
      return formatMessage(issue.format);
    case 'invalid_value':
      return `Giá trị không hợp lệ; chọn một trong: ${issue.values.map(String).join(', ')}.`;
    case 'custom':
      return issue.message;
    case 'invalid_key':
      return issue.issues[0]?.code === 'custom' ? issue.issues[0].message : 'Mã không hợp lệ.';
    default:
      return 'Giá trị không hợp lệ.';
  }
}

function tooSmall(origin: string, minimum: number): string {
  if (origin === 'string') return minimum <= 1 ? 'Không được để trống.' : `Cần ít nhất ${minimum} ký tự.`;
  if (origin === 'array' || origin === 'set') return `Cần ít nhất ${minimum} mục.`;
  return `Giá trị phải từ ${minimum} trở lên.`;
}

function tooBig(origin: string, maximum: number): string {
  if (origin === 'string') return `Tối đa ${maximum} ký tự.`;
  if (origin === 'array' || origin === 'set') return `Tối đa ${maximum} mục.`;
  return `Giá trị không được vượt quá ${maximum}.`;
}

function formatMessage(format: string): string {
  if (format === 'datetime') return 'Sai định dạng ngày giờ (ví dụ 2026-06-30T17:00:00+07:00).';
  if (format === 'date') return 'Sai định dạng ngày (YYYY-MM-DD, ví dụ 2026-06-30).';
  if (format === 'email') return 'Địa chỉ email không hợp lệ.';
  return 'Sai định dạng.';
}
