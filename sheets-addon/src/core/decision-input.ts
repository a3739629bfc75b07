// Pure: the decision number and date the board types before "Ghi quyết định khen thưởng", checked with the same
// pattern and rules the server applies (shared/api/decisions.ts, recordDecision's checkDecision), so a typo is
// refused with the server's coded message before any call.
import { DECISION_NUMBER_PATTERN } from '../../../shared/api/decisions';
import { API_ERRORS } from '../../../shared/api/errors';
import { AddonError } from './errors';

/** "1234/QĐ-UBND" as typed (spaces around the slash and lower case "qđ" accepted), or DECISION_NUMBER_INVALID. */
export function parseDecisionNumber(text: string): string {
  const typed = text
    .normalize('NFC')
    .trim()
    .replace(/\s*\/\s*/g, '/')
    .toUpperCase();
  if (!DECISION_NUMBER_PATTERN.test(typed))
    throw new AddonError('DECISION_NUMBER_INVALID', API_ERRORS.DECISION_NUMBER_INVALID.message);
  return typed;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "15/9/2026", "15-09-2026" or "2026-09-15" → "2026-09-15": a real date from 2000 to `today`, else DECISION_DATE_INVALID. */
export function parseDecisionDate(text: string, today: string): string {
  const typed = text.trim();
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  const iso = vn ? `${vn[3]}-${pad(Number(vn[2]))}-${pad(Number(vn[1]))}` : typed;
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : undefined;
  const real =
    parsed !== undefined && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso);
  if (!real || iso > today || iso < '2000-01-01')
    throw new AddonError('DECISION_DATE_INVALID', API_ERRORS.DECISION_DATE_INVALID.message);
  return iso;
}

/** "2026-09-15" → "15/09/2026" (how the board reads a date). */
export function vietnameseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}
