// Coded mail errors. Adapters translate SDK errors (nodemailer, Gaxios, fs) into these; the delivery use case
// records `code` and `message` on the delivery record and retries when `retryable` is true.

export const MAIL_ERRORS = {
  MAIL_UNAVAILABLE: {
    retryable: true,
    message: 'Máy chủ thư tạm thời không phản hồi; thư sẽ được gửi lại ở lần chạy sau.',
  },
  MAIL_RATE_LIMITED: {
    retryable: true,
    message: 'Đã chạm giới hạn gửi thư của nhà cung cấp; thư sẽ được gửi lại sau.',
  },
  MAIL_AUTH_FAILED: {
    retryable: true,
    message: 'Tài khoản gửi thư không đăng nhập được; cần kiểm tra cấu hình gửi thư.',
  },
  MAIL_REJECTED: { retryable: false, message: 'Máy chủ thư từ chối thư hoặc địa chỉ người nhận.' },
  MAIL_INVALID_ADDRESS: { retryable: false, message: 'Địa chỉ thư điện tử không hợp lệ.' },
  MAIL_TOO_MANY_RECIPIENTS: { retryable: false, message: 'Một thư không được gửi cho quá 100 người nhận.' },
  MAIL_OUTBOX_WRITE_FAILED: { retryable: true, message: 'Không ghi được thư vào thư mục hộp thư đi.' },
  MAIL_DAILY_CAP_REACHED: {
    retryable: true,
    message: 'Đã đạt số thư tối đa trong ngày; thư chờ đến lần chạy sau.',
  },
  MAIL_CLAIM_EXPIRED: { retryable: true, message: 'Lần gửi trước bị gián đoạn; thư sẽ được gửi lại.' },
  MAIL_CONFIG_INVALID: { retryable: false, message: 'Cấu hình gửi thư không hợp lệ.' },
  MAIL_EVENT_INVALID: { retryable: false, message: 'Sự kiện lịch chạy không đúng định dạng Pub/Sub.' },
  MAIL_LOG_UNAVAILABLE: {
    retryable: true,
    message: 'Không ghi được nhật ký gửi thư; lần chạy sau sẽ thử lại.',
  },
  MAIL_UNKNOWN: { retryable: true, message: 'Gửi thư thất bại vì một lỗi không xác định.' },
} as const satisfies Record<string, { retryable: boolean; message: string }>;

export type MailErrorCode = keyof typeof MAIL_ERRORS;

export class MailError extends Error {
  readonly code: MailErrorCode;
  readonly retryable: boolean;
  /** Technical detail (English, from the SDK), for logs only; never shown to users. */
  readonly detail: string;

  constructor(code: MailErrorCode, detail = '') {
    super(MAIL_ERRORS[code].message);
    this.name = 'MailError';
    this.code = code;
    this.retryable = MAIL_ERRORS[code].retryable;
    this.detail = detail;
  }
}

export function isMailError(error: unknown): error is MailError {
  return error instanceof MailError;
}

/** Anything thrown by a sender, as a MailError (unknown errors become MAIL_UNKNOWN, retryable). */
export function asMailError(error: unknown): MailError {
  if (isMailError(error)) return error;
  return new MailError('MAIL_UNKNOWN', error instanceof Error ? error.message : String(error));
}
