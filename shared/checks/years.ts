// Years: four digits within a range; birth dates and birth years must agree.
import { type DateParse, formatDateVi, parseDateCell } from '../text/dates';
import { type Checked, EMPTY, fail, ok, type Problem } from './problem';

export interface YearRange {
  min: number;
  max: number;
}

export function checkYearInRange(year: number, range: YearRange, label: string): Problem | undefined {
  if (year >= range.min && year <= range.max) return undefined;
  return { code: 'year.outOfRange', params: { value: year, label, min: range.min, max: range.max } };
}

function fromParse(
  parse: DateParse | undefined,
  cell: unknown,
  label: string,
): Checked<DateParse & { ok: true }> {
  if (parse === undefined) return EMPTY;
  if (parse.ok) return ok(parse);
  if (parse.reason === 'phantom') return fail('date.phantom', { label });
  return fail('date.invalid', { value: String(cell), label });
}

/** A date cell (text, Date, serial or bare year), its year in range. */
export function checkDateCell(
  cell: unknown,
  currentYear: number,
  range: YearRange,
  label: string,
): Checked<DateParse & { ok: true }> {
  const checked = fromParse(parseDateCell(cell, currentYear), cell, label);
  if (checked.value === undefined) return checked;
  const problem = checkYearInRange(checked.value.year, range, label);
  return problem === undefined ? checked : { problems: [problem] };
}

/** A year cell: a number or four digits as text (a full date is accepted and its year used). */
export function checkYearCell(
  cell: unknown,
  currentYear: number,
  range: YearRange,
  label: string,
): Checked<number> {
  const parse = parseDateCell(cell, currentYear);
  if (parse === undefined) return EMPTY;
  if (!parse.ok) return fail('year.invalid', { value: String(cell), label });
  const problem = checkYearInRange(parse.year, range, label);
  return problem === undefined ? ok(parse.year) : { problems: [problem] };
}

export function checkBirthAgreement(birthDate: string, birthYear: number): Problem | undefined {
  if (Number(birthDate.slice(0, 4)) === birthYear) return undefined;
  return { code: 'birth.mismatch', params: { date: formatDateVi(birthDate), year: birthYear } };
}
