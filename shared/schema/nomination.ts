// Nomination rows as validateGrid returns them and as submissions store them. The TypeScript types and the zod
// schemas are both derived from the field table in fields.ts (one definition per field).
import { z } from 'zod';
import type { NominationKind } from '../grid/types';
import type { EducationLevel, PoliticalTheoryLevel } from '../vocab/education-levels';
import type { Gender } from '../vocab/genders';
import type { InitiativeScope } from '../vocab/initiative-scopes';
import type { Sector } from '../vocab/sectors';
import type { SocialComposition } from '../vocab/social-compositions';
import type { TaskRating } from '../vocab/task-ratings';
import { FIELDS, type Field, type FieldType, fieldsOf } from './fields';

interface ValueByType {
  name: string;
  text: string;
  longText: string;
  gender: Gender;
  date: string;
  year: number;
  ethnicity: string;
  cccd: string;
  phone: string;
  email: string;
  boolean: boolean;
  count: number;
  award: string;
  movement: string;
  education: EducationLevel;
  politicalTheory: PoliticalTheoryLevel;
  composition: SocialComposition;
  sector: Sector;
  taskRating: TaskRating;
  initiativeScope: InitiativeScope;
  dossier: string;
}

type FieldsOfKind<K extends NominationKind> = Field extends infer F
  ? F extends { kinds: readonly NominationKind[] }
    ? K extends F['kinds'][number]
      ? F
      : never
    : never
  : never;

type NominationOf<K extends NominationKind> = {
  -readonly [F in FieldsOfKind<K> as F['key']]?: ValueByType[F['type']];
};

/** Values kept beside a code: the text as the unit wrote it. */
interface WrittenText {
  educationText?: string;
  politicalTheoryText?: string;
}

export type IndividualNomination = NominationOf<'individual'> & WrittenText & { fullName: string };
export type CollectiveNomination = NominationOf<'collective'> & { collectiveName: string };
export type Nomination = IndividualNomination | CollectiveNomination;

export interface NominationRow {
  /** Sheet row number of the data row. */
  sheetRow: number;
  kind: NominationKind;
  /** False when the row (or the sheet header) has an error-severity issue. */
  valid: boolean;
  data: IndividualNomination | CollectiveNomination;
}

const YMD = /^\d{4}-\d{2}-\d{2}$/;

const zodByType: Record<FieldType, () => z.ZodType> = {
  name: () => z.string().min(1),
  text: () => z.string(),
  longText: () => z.string(),
  gender: () => z.enum(['male', 'female']),
  date: () => z.string().regex(YMD),
  year: () => z.number().int(),
  ethnicity: () => z.string().regex(/^\d{2}$/),
  cccd: () => z.string().regex(/^\d{12}$/),
  phone: () => z.string().regex(/^0\d{9,10}$/),
  email: () => z.string().includes('@'),
  boolean: () => z.boolean(),
  count: () => z.number().int().nonnegative(),
  award: () => z.string().min(1),
  movement: () => z.string().min(1),
  education: () =>
    z.enum(['none', 'general', 'primary', 'intermediate', 'college', 'university', 'master', 'doctor']),
  politicalTheory: () => z.enum(['none', 'elementary', 'intermediate', 'advanced', 'bachelor']),
  composition: () =>
    z.enum([
      'worker',
      'farmer',
      'intellectual',
      'entrepreneur',
      'official',
      'armedForces',
      'student',
      'other',
    ]),
  sector: () => z.enum(['economy', 'cultureSociety', 'defenceSecurity', 'other']),
  taskRating: () => z.enum(['excellent', 'good', 'complete', 'incomplete']),
  initiativeScope: () => z.enum(['grassroots', 'provincial', 'national']),
  dossier: () => z.string().min(1),
};

function shapeOf(kind: NominationKind, requiredKey: string): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fieldsOf(kind)) {
    const schema = zodByType[f.type]();
    shape[f.key] = f.key === requiredKey ? schema : schema.optional();
  }
  return shape;
}

export const individualNominationSchema = z.strictObject({
  ...shapeOf('individual', 'fullName'),
  educationText: z.string().optional(),
  politicalTheoryText: z.string().optional(),
}) as unknown as z.ZodType<IndividualNomination>;

export const collectiveNominationSchema = z.strictObject(
  shapeOf('collective', 'collectiveName'),
) as unknown as z.ZodType<CollectiveNomination>;

export const nominationRowSchema: z.ZodType<NominationRow> = z.discriminatedUnion('kind', [
  z.object({
    sheetRow: z.number().int(),
    kind: z.literal('individual'),
    valid: z.boolean(),
    data: individualNominationSchema,
  }),
  z.object({
    sheetRow: z.number().int(),
    kind: z.literal('collective'),
    valid: z.boolean(),
    data: collectiveNominationSchema,
  }),
]);

/** Field keys in table order, for callers that need them without the specs. */
export const FIELD_KEYS = FIELDS.map((f) => f.key);
