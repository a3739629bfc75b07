// Coded errors of the master sheet writer, the xlsx exports and the Excel import. Adapters translate SDK errors
// (Gaxios from @googleapis/sheets, exceljs parse errors) into these; handlers answer `{ error: { code, message } }`
// with `status`. Messages are Vietnamese (NFC) for users; `description` is English for docs and developers.

import { CodedError } from '../errors';

export interface ExportErrorSpec {
  status: number;
  retryable: boolean;
  message: string;
  description: string;
}

export const EXPORT_ERRORS = {
  SHEET_NOT_FOUND: {
    status: 404,
    retryable: false,
    message: 'Không tìm thấy bảng tính tổng hợp. Hãy kiểm tra mã bảng tính trong cấu hình đợt thi đua.',
    description: 'The master spreadsheet id does not exist (Sheets API 404).',
  },
  SHEET_FORBIDDEN: {
    status: 403,
    retryable: false,
    message:
      'Tài khoản dịch vụ của hệ thống chưa được chia sẻ quyền chỉnh sửa bảng tính tổng hợp. Hãy chia sẻ bảng tính cho tài khoản dịch vụ.',
    description: "The functions' service account lacks edit access to the spreadsheet (Sheets API 401/403).",
  },
  SHEET_RATE_LIMITED: {
    status: 503,
    retryable: true,
    message:
      'Google Sheets đang giới hạn số lần ghi. Hệ thống đã thử lại nhiều lần; hãy thử lại sau một phút.',
    description: 'Sheets API kept answering 429 after the bounded exponential backoff.',
  },
  SHEET_UNAVAILABLE: {
    status: 503,
    retryable: true,
    message:
      'Google Sheets tạm thời không phản hồi. Hãy thử lại sau ít phút; danh sách tổng hợp không bị ảnh hưởng.',
    description: 'Sheets API 5xx or a network error after retries.',
  },
  SHEET_REQUEST_INVALID: {
    status: 500,
    retryable: false,
    message: 'Yêu cầu ghi bảng tính tổng hợp không hợp lệ. Hãy báo cho quản trị hệ thống.',
    description: 'Sheets API answered 400: a bug in the generated requests.',
  },
  SHEET_TOO_LARGE: {
    status: 413,
    retryable: false,
    message: 'Danh sách tổng hợp vượt quá giới hạn 10 triệu ô của Google Sheets.',
    description: 'The master version would exceed the Sheets cell limit.',
  },
  IMPORT_NOT_XLSX: {
    status: 400,
    retryable: false,
    message: 'Tệp gửi lên không phải tệp Excel .xlsx hợp lệ.',
    description: 'The uploaded bytes are not a readable xlsx (zip/OOXML) workbook.',
  },
  IMPORT_XLS_UNSUPPORTED: {
    status: 415,
    retryable: false,
    message:
      'Tệp .xls (Excel 97–2003) chưa đọc được. Hãy mở tệp bằng Excel và chọn Lưu thành (Save As) định dạng .xlsx rồi gửi lại.',
    description: 'Legacy BIFF .xls files are not supported; ask for .xlsx.',
  },
  IMPORT_TOO_LARGE: {
    status: 413,
    retryable: false,
    message: 'Tệp Excel quá lớn. Hãy chia danh sách thành nhiều tệp nhỏ hơn.',
    description: 'The file exceeds the configured byte size limit.',
  },
  IMPORT_SHEET_TOO_LARGE: {
    status: 413,
    retryable: false,
    message: 'Một trang tính có quá nhiều dòng hoặc cột. Hãy chia danh sách thành nhiều tệp.',
    description: 'A recognised sheet exceeds the grid limits of the API (rows or columns).',
  },
  IMPORT_NO_LIST_FOUND: {
    status: 422,
    retryable: false,
    message:
      'Không tìm thấy danh sách cá nhân hoặc tập thể trong tệp: không có trang tính nào có dòng tiêu đề như "Họ và tên", "Năm sinh", "Hình thức khen thưởng". Hãy dùng mẫu danh sách của Ban Thi đua – Khen thưởng.',
    description: 'No sheet has a recognisable header row.',
  },
  IMPORT_SEVERAL_LISTS: {
    status: 422,
    retryable: false,
    message:
      'Tệp có nhiều trang tính cùng là danh sách cá nhân (hoặc cùng là danh sách tập thể). Hãy gộp thành một trang tính cho mỗi loại rồi gửi lại.',
    description: 'Two recognised sheets hold the same kind of list; one submission per kind is allowed.',
  },
} as const satisfies Record<string, ExportErrorSpec>;

export type ExportErrorCode = keyof typeof EXPORT_ERRORS;

export class ExportError extends CodedError {
  readonly code: ExportErrorCode;
  readonly status: number;
  readonly userMessage: string;
  readonly retryable: boolean;
  /** Technical detail (English, from the SDK), for logs only; never shown to users. */
  readonly detail: string;

  constructor(code: ExportErrorCode, detail = '') {
    super(EXPORT_ERRORS[code].message);
    this.name = 'ExportError';
    this.code = code;
    this.status = EXPORT_ERRORS[code].status;
    this.userMessage = EXPORT_ERRORS[code].message;
    this.retryable = EXPORT_ERRORS[code].retryable;
    this.detail = detail;
  }
}
