// Dates as spreadsheets hand them over: dd/mm/yyyy and d/m/yy text, a bare year, ISO (with or without time),
// JS Date objects (Apps Script getValues, exceljs) and spreadsheet serial numbers.
// Dates are read in Vietnam time (UTC+7, no daylight saving): Apps Script gives local midnight, which JSON
// turns into 17:00Z of the day before; exceljs gives UTC midnight. Shifting by +7 h reads both correctly.

export type DateParse =
  | { ok: true; year: number; date?: string }
  | { ok: false; reason: 'format' | 'phantom' | 'calendar' };

/** Date objects, also from another realm (Apps Script values crossing a vm boundary). */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const VN_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 86_400_000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_SERIAL = 2_958_465; // 31/12/9999
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const MY = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const YEAR = /^\d{4}$/;

const FAIL_FORMAT: DateParse = { ok: false, reason: 'format' };
const FAIL_CALENDAR: DateParse = { ok: false, reason: 'calendar' };

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 'YYYY-MM-DD' for a calendar date, or undefined when the day does not exist (31/02). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const maxDay = month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
  if (day > maxDay) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function fromParts(year: number, month: number, day: number): DateParse {
  const date = isoDate(year, month, day);
  return date === undefined ? FAIL_CALENDAR : { ok: true, year, date };
}

/** The calendar date of an instant read in Vietnam time. */
export function dateFromInstant(ms: number): DateParse {
  if (!Number.isFinite(ms)) return FAIL_FORMAT;
  const d = new Date(Math.floor((ms + VN_OFFSET_MS + 60_000) / 60_000) * 60_000);
  if (Number.isNaN(d.getTime())) return FAIL_FORMAT;
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A spreadsheet serial number (1900 date system). Serial 1 is 01/01/1900; serial 60 is the phantom 29/02/1900
 * that Lotus and Excel kept; serials above 60 are therefore one day ahead of the real day count.
 */
export function dateFromSerial(serial: number): DateParse {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return FAIL_FORMAT;
  const whole = Math.floor(serial);
  if (whole === 60) return { ok: false, reason: 'phantom' };
  const days = whole < 60 ? whole + 1 : whole;
  const d = new Date(SERIAL_EPOCH_MS + days * DAY_MS);
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Two-digit years: the most recent year not after `currentYear` ("85" → 1985, "05" → 2005 in 2026). */
export function expandYear(twoDigits: number, currentYear: number): number {
  const century = Math.floor(currentYear / 100) * 100;
  const year = century + twoDigits;
  return year > currentYear ? year - 100 : year;
}

function parseIso(m: RegExpMatchArray): DateParse {
  const [, y, mo, d, hh, mm, zone] = m;
  if (hh === undefined || zone === undefined) return fromParts(Number(y), Number(mo), Number(d));
  const ms = Date.parse(
    `${y}-${mo}-${d}T${hh}:${mm}:00${zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`,
  );
  return dateFromInstant(ms);
}

/** A date written as text. */
export function parseDateText(text: string, currentYear: number): DateParse {
  const s = text.trim();
  if (YEAR.test(s)) return { ok: true, year: Number(s) };
  const dmy = s.match(DMY);
  if (dmy) {
    const y = dmy[3] ?? '';
    const year = y.length === 2 ? expandYear(Number(y), currentYear) : Number(y);
    return fromParts(year, Number(dmy[2]), Number(dmy[1]));
  }
  const iso = s.match(ISO);
  if (iso) return parseIso(iso);
  const my = s.match(MY);
  if (my && Number(my[1]) >= 1 && Number(my[1]) <= 12) return { ok: true, year: Number(my[2]) };
  return FAIL_FORMAT;
}

/** Numbers: 1000–2999 are read as a year, anything else as a serial date. */
export function parseDateNumber(n: number): DateParse {
  if (Number.isInteger(n) && n >= 1000 && n <= 2999) return { ok: true, year: n };
  return dateFromSerial(n);
}

/** Any cell value; undefined when the cell is empty. */
export function parseDateCell(cell: unknown, currentYear: number): DateParse | undefined {
  if (cell === null || cell === undefined || cell === '') return undefined;
  if (typeof cell === 'number') return parseDateNumber(cell);
  if (typeof cell === 'string') return cell.trim() === '' ? undefined : parseDateText(cell, currentYear);
  if (isDateObject(cell)) return dateFromInstant(cell.getTime());
  return FAIL_FORMAT;
}

/** dd/mm/yyyy for messages. */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The local calendar date ("YYYY-MM-DD") of an instant in a time zone (e.g. "Asia/Ho_Chi_Minh"). */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
