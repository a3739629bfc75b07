// Coded errors the add-on shows to the user. `message` is Vietnamese (NFC); `code` is stable.

export class AddonError extends Error {
  readonly code: string;
  readonly status: number | undefined;
  /** The server's error object as sent (e.g. field paths of a refused request), when there was one. */
  readonly details: unknown;

  constructor(code: string, message: string, status?: number, details?: unknown) {
    super(message);
    this.name = 'AddonError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export function isAddonError(value: unknown): value is AddonError {
  return value instanceof AddonError;
}

/** The Vietnamese text of any thrown value, for alerts and google.script.run failure handlers. */
export function userMessage(error: unknown): string {
  if (isAddonError(error)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Đã xảy ra lỗi không mong muốn: ${detail}`;
}
