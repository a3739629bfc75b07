// One reader per mapped column, built once per validateGrid call: it turns the cell into the field's value
// (or issues) on the row state. Readers for coded fields cache their vocabulary lookups.
import { checkAward } from '../checks/award';
import { checkCccd } from '../checks/cccd';
import { type CodedVocab, checkCoded, codedVocab } from '../checks/coded-value';
import { checkDossier } from '../checks/dossier';
import { checkEmail } from '../checks/email';
import { checkEthnicity } from '../checks/ethnicity';
import { checkPersonName } from '../checks/names';
import { checkPhone } from '../checks/phone';
import { type Checked, fail, ok } from '../checks/problem';
import { checkDateCell, checkYearCell, type YearRange } from '../checks/years';
import type { FieldSpec } from '../schema/fields';
import { type CellYesNo, cellCount, cellText, cellYesNo, isBlankCell } from '../text/cells';
import { lookupKey } from '../text/normalize';
import { EDUCATION_LEVELS, POLITICAL_THEORY_LEVELS } from '../vocab/education-levels';
import { GENDERS } from '../vocab/genders';
import { INITIATIVE_SCOPES } from '../vocab/initiative-scopes';
import type { Movement } from '../vocab/movements';
import { SECTORS } from '../vocab/sectors';
import { SOCIAL_COMPOSITIONS } from '../vocab/social-compositions';
import { TASK_RATINGS } from '../vocab/task-ratings';
import { type Setter, setterFor } from './field-setters';
import type { ColumnRole } from './header-map';
import { addIssue, addProblems, type RowState } from './row-state';

export type Reader = (cell: unknown, state: RowState) => void;

export interface ReaderSettings {
  currentYear: number;
  birthRange: YearRange;
  priorAwardRange: YearRange;
  movements: readonly Movement[];
}

const GENDER_VOCAB = codedVocab(GENDERS);
const VOCABS = {
  education: codedVocab(EDUCATION_LEVELS, true),
  politicalTheory: codedVocab(POLITICAL_THEORY_LEVELS, true),
  composition: codedVocab(SOCIAL_COMPOSITIONS),
  sector: codedVocab(SECTORS),
  taskRating: codedVocab(TASK_RATINGS),
  initiativeScope: codedVocab(INITIATIVE_SCOPES),
} as const;

/** Text of the cell; records unreadable cells; undefined when empty or unreadable. */
function readText(cell: unknown, state: RowState, column: number, field: FieldSpec): string | undefined {
  const text = cellText(cell);
  if (text === undefined) return undefined;
  if (text === null) {
    addIssue(state, 'cell.unreadable', column, field.key, { label: field.label });
    return undefined;
  }
  return text;
}

function store<T>(state: RowState, column: number, key: string, set: Setter, checked: Checked<T>): void {
  if (checked.value !== undefined) set(state, checked.value);
  if (checked.problems.length > 0) addProblems(state, checked.problems, column, key);
}

function textReader(field: FieldSpec, column: number, check: (text: string) => Checked<unknown>): Reader {
  const set = setterFor(field.key);
  return (cell, state) => {
    const text = readText(cell, state, column, field);
    if (text !== undefined) store(state, column, field.key, set, check(text));
  };
}

/** Free text up to the field's maximum; cached per raw value (positions and workplaces repeat). */
function plainText(field: FieldSpec, column: number): Reader {
  const max = field.maxLength ?? 500;
  return cachedTextReader(field, column, (text) =>
    text.length > max ? fail('text.tooLong', { label: field.label, length: text.length, max }) : ok(text),
  );
}

const CACHE_LIMIT = 5000;

/**
 * A text reader for columns whose values repeat (vocabularies): results are cached per raw cell string, so a
 * repeated value skips cleaning and lookup altogether.
 */
function cachedTextReader(
  field: FieldSpec,
  column: number,
  check: (text: string) => Checked<unknown>,
): Reader {
  const cache = new Map<string, Checked<unknown>>();
  const set = setterFor(field.key);
  return (cell, state) => {
    const hit = typeof cell === 'string' ? cache.get(cell) : undefined;
    if (hit !== undefined) return store(state, column, field.key, set, hit);
    const text = readText(cell, state, column, field);
    if (text === undefined) return;
    const result = check(text);
    if (typeof cell === 'string' && cache.size < CACHE_LIMIT) cache.set(cell, result);
    store(state, column, field.key, set, result);
  };
}

function codedReader(field: FieldSpec, column: number, vocab: CodedVocab): Reader {
  return cachedTextReader(field, column, (text) => checkCoded(vocab, text, field.label));
}

/** Levels keep the text as written; an unrecognised level is a warning, not an error. */
function levelReader(field: FieldSpec, column: number, vocab: CodedVocab): Reader {
  const choices = vocab.entries.map((e) => e.label).join(', ');
  const setText = setterFor(`${field.key}Text`);
  const set = setterFor(field.key);
  const cache = new Map<string, { text: string; value: unknown }>();
  return (cell, state) => {
    let hit = typeof cell === 'string' ? cache.get(cell) : undefined;
    if (hit === undefined) {
      const text = readText(cell, state, column, field);
      if (text === undefined) return;
      hit = { text, value: checkCoded(vocab, text, field.label).value };
      if (typeof cell === 'string' && cache.size < CACHE_LIMIT) cache.set(cell, hit);
    }
    setText(state, hit.text);
    if (hit.value !== undefined) set(state, hit.value);
    else
      addIssue(state, 'level.unrecognised', column, field.key, {
        value: hit.text,
        label: field.label,
        choices,
      });
  };
}

function genderReader(field: FieldSpec, column: number): Reader {
  return cachedTextReader(field, column, (text) => {
    const match = GENDER_VOCAB.index.lookup(text);
    return match.found === 'one' ? ok(match.code) : fail('gender.invalid', { value: text });
  });
}

function movementReader(field: FieldSpec, column: number, movements: readonly Movement[]): Reader {
  const vocab = codedVocab(movements);
  return cachedTextReader(field, column, (text) => {
    const match = vocab.index.lookup(text);
    if (match.found === 'one') return ok(match.code);
    return { value: text, problems: [{ code: 'movement.unknown', params: { value: text } }] };
  });
}

function booleanReader(field: FieldSpec, column: number): Reader {
  const yes = new Set((field.yesWords ?? []).map(lookupKey));
  const cache = new Map<string, CellYesNo>();
  const read = (cell: unknown): CellYesNo => {
    if (typeof cell !== 'string') return cellYesNo(cell, yes);
    let value = cache.get(cell);
    if (value === undefined && !cache.has(cell)) {
      value = cellYesNo(cell, yes);
      if (cache.size < CACHE_LIMIT) cache.set(cell, value);
    }
    return value;
  };
  const set = setterFor(field.key);
  return (cell, state) => {
    const value = read(cell);
    if (value === undefined) return;
    if (value === 'invalid')
      addIssue(state, 'boolean.invalid', column, field.key, {
        value: String(cellText(cell) ?? ''),
        label: field.label,
      });
    else set(state, value);
  };
}

function countReader(field: FieldSpec, column: number): Reader {
  const set = setterFor(field.key);
  return (cell, state) => {
    const value = cellCount(cell);
    if (value === undefined) return;
    if (value === 'invalid')
      addIssue(state, 'number.invalid', column, field.key, {
        value: String(cellText(cell) ?? ''),
        label: field.label,
      });
    else set(state, value);
  };
}

function yearReader(field: FieldSpec, column: number, settings: ReaderSettings): Reader {
  const range = field.key === 'birthYear' ? settings.birthRange : settings.priorAwardRange;
  const set = setterFor(field.key);
  return (cell, state) => {
    // Fast path: a whole-number year in range, the common cell.
    if (typeof cell === 'number' && Number.isInteger(cell) && cell >= range.min && cell <= range.max)
      return set(state, cell);
    if (isBlankCell(cell)) return;
    store(state, column, field.key, set, checkYearCell(cell, settings.currentYear, range, field.label));
  };
}

function birthDateReader(field: FieldSpec, column: number, settings: ReaderSettings): Reader {
  const set = setterFor(field.key);
  return (cell, state) => {
    if (isBlankCell(cell)) return;
    const checked = checkDateCell(cell, settings.currentYear, settings.birthRange, field.label);
    if (checked.value?.date !== undefined) set(state, checked.value.date);
    if (checked.value !== undefined) state.dateYear = checked.value.year;
    addProblems(state, checked.problems, column, field.key);
  };
}

export function fieldReader(field: FieldSpec, column: number, settings: ReaderSettings): Reader {
  switch (field.type) {
    case 'name':
      return textReader(field, column, checkPersonName);
    case 'text':
    case 'longText':
      return plainText(field, column);
    case 'gender':
      return genderReader(field, column);
    case 'date':
      return birthDateReader(field, column, settings);
    case 'year':
      return yearReader(field, column, settings);
    case 'ethnicity':
      return cachedTextReader(field, column, checkEthnicity);
    case 'cccd':
      return textReader(field, column, (text) => checkCccd(text, settings.currentYear));
    case 'phone':
      return textReader(field, column, checkPhone);
    case 'email':
      return textReader(field, column, checkEmail);
    case 'boolean':
      return booleanReader(field, column);
    case 'count':
      return countReader(field, column);
    case 'award':
      return cachedTextReader(field, column, checkAward);
    case 'movement':
      return movementReader(field, column, settings.movements);
    case 'education':
    case 'politicalTheory':
      return levelReader(field, column, VOCABS[field.type]);
    case 'composition':
    case 'sector':
    case 'taskRating':
    case 'initiativeScope':
      return codedReader(field, column, VOCABS[field.type]);
    case 'dossier':
      return textReader(field, column, (text) =>
        text.length > (field.maxLength ?? 4000)
          ? fail('text.tooLong', { label: field.label, length: text.length, max: field.maxLength ?? 4000 })
          : checkDossier(text),
      );
  }
}

const POSITION_SPLIT = /\s*(?:,|;|\s-\s|\s–\s)\s*/;

/** "Chức vụ, đơn vị công tác": the part before the first separator is the position, the rest the workplace. */
function positionWorkplaceReader(column: number): Reader {
  return (cell, state) => {
    const text = cellText(cell);
    if (text === undefined) return;
    if (text === null)
      return addIssue(state, 'cell.unreadable', column, 'workplace', { label: 'Chức vụ, đơn vị công tác' });
    if (text.length > 500)
      return addIssue(state, 'text.tooLong', column, 'workplace', {
        label: 'Chức vụ, đơn vị công tác',
        length: text.length,
        max: 500,
      });
    const m = POSITION_SPLIT.exec(text);
    if (m === null) state.data.workplace = text;
    else {
      state.data.position = text.slice(0, m.index);
      state.data.workplace = text.slice(m.index + m[0].length);
    }
  };
}

/** "Đảng viên, đoàn viên": the words say which; "không" / empty say neither. */
function partyUnionReader(column: number): Reader {
  return (cell, state) => {
    const text = cellText(cell);
    if (text === undefined) return;
    const key = text === null ? '' : lookupKey(text);
    const party = /\bdang\b|\bdang vien\b/.test(key);
    const union = /\bdoan\b|\bdoan vien\b/.test(key);
    if (party) state.data.partyMember = true;
    if (union) state.data.unionMember = true;
    if (party || union) return;
    if (cellYesNo(cell, new Set()) === false) return;
    addIssue(state, 'boolean.invalid', column, 'partyMember', {
      value: text ?? '',
      label: 'Đảng viên, đoàn viên',
    });
  };
}

function splitBirthReader(column: number, gender: 'male' | 'female', settings: ReaderSettings): Reader {
  const label = gender === 'male' ? 'Năm sinh – Nam' : 'Năm sinh – Nữ';
  return (cell, state) => {
    if (isBlankCell(cell)) return;
    const checked = checkDateCell(cell, settings.currentYear, settings.birthRange, label);
    addProblems(state, checked.problems, column, 'birthYear');
    if (checked.value === undefined) return;
    if (gender === 'male') state.splitMale = checked.value;
    else state.splitFemale = checked.value;
    state.splitColumn = column;
  };
}

export function roleReader(role: ColumnRole, column: number, settings: ReaderSettings): Reader | undefined {
  switch (role.role) {
    case 'field':
      return fieldReader(role.field, column, settings);
    case 'combined':
      return role.id === 'positionWorkplace' ? positionWorkplaceReader(column) : partyUnionReader(column);
    case 'splitBirth':
      return splitBirthReader(column, role.gender, settings);
    case 'seq':
      return undefined;
  }
}
