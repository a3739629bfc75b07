// Structured JSON-line logs (Cloud Logging reads `severity` and `message`). Fields are an allow-list of
// identifiers (campaign, unit, requestId, function, status, ms…). This is the boundary of every log line: the
// message and every field (strings, and numbers that could be a CCCD) pass through the one CCCD masking
// (shared/text/mask.ts), then other values that look like personal data (emails, 9–12 digit numbers such as phone
// numbers, dates) are redacted as a second line of defence.
import { maskPersonalIds } from '../../../shared/text/mask';
import type { LogFields, Logger } from '../../app/ports';

type Level = 'debug' | 'info' | 'warning' | 'error';
const ORDER: Record<Level, number> = { debug: 0, info: 1, warning: 2, error: 3 };
const SEVERITY: Record<Level, string> = { debug: 'DEBUG', info: 'INFO', warning: 'WARNING', error: 'ERROR' };

const PERSONAL = [/[^\s@]+@[^\s@]+/g, /\+?\d[\d .-]{8,}\d/g, /\b\d{1,4}[/-]\d{1,2}[/-]\d{2,4}\b/g];

export function mask(text: string): string {
  return PERSONAL.reduce((value, pattern) => value.replace(pattern, '[redacted]'), maskPersonalIds(text));
}

function maskField(value: string | number | boolean): string | number | boolean {
  if (typeof value === 'string') return mask(value);
  if (typeof value === 'number' && Number.isInteger(value)) {
    const digits = String(Math.abs(value));
    if (digits.length >= 10 && digits.length <= 12) return maskPersonalIds(String(value));
  }
  return value;
}

export type Sink = (line: string) => void;

export function createJsonLogger(
  level: Level,
  sink: Sink = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const emit =
    (at: Level) =>
    (message: string, fields: LogFields = {}) => {
      if (ORDER[at] < ORDER[level]) return;
      const safe = Object.fromEntries(
        Object.entries(fields)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => [key, maskField(value as string | number | boolean)]),
      );
      sink(
        JSON.stringify({
          severity: SEVERITY[at],
          message: mask(message),
          ...safe,
          time: new Date().toISOString(),
        }),
      );
    };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warning'), error: emit('error') };
}
