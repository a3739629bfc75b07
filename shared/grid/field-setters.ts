// Property setters with static names, one per data key. validateGrid stores every value through these: a
// keyed store `data[key] = value` shared by all columns is megamorphic in V8 and cost about half the row time,
// while a static-name store per key stays monomorphic (measured in scripts/bench/validate.ts). Setters of the
// keys the row checks read also keep the row facts (row-state.ts) in step.
import type { FieldKey } from '../schema/fields';
import type { RowState } from './row-state';

export type DataKey = FieldKey | 'educationText' | 'politicalTheoryText';
export type Setter = (state: RowState, value: unknown) => void;

export const SETTERS: Readonly<Record<DataKey, Setter>> = {
  fullName: (s, v) => {
    s.data.fullName = v;
    s.f.fullName = v as never;
  },
  collectiveName: (s, v) => {
    s.data.collectiveName = v;
    s.f.collectiveName = v as never;
  },
  gender: (s, v) => {
    s.data.gender = v;
    s.f.gender = v as never;
  },
  birthDate: (s, v) => {
    s.data.birthDate = v;
    s.f.birthDate = v as never;
  },
  birthYear: (s, v) => {
    s.data.birthYear = v;
    s.f.birthYear = v as never;
  },
  ethnicity: (s, v) => {
    s.data.ethnicity = v;
  },
  cccd: (s, v) => {
    s.data.cccd = v;
    s.f.cccd = v as never;
  },
  position: (s, v) => {
    s.data.position = v;
  },
  workplace: (s, v) => {
    s.data.workplace = v;
  },
  education: (s, v) => {
    s.data.education = v;
  },
  politicalTheory: (s, v) => {
    s.data.politicalTheory = v;
  },
  partyMember: (s, v) => {
    s.data.partyMember = v;
  },
  unionMember: (s, v) => {
    s.data.unionMember = v;
  },
  socialComposition: (s, v) => {
    s.data.socialComposition = v;
    s.f.socialComposition = v as never;
  },
  directLabourer: (s, v) => {
    s.data.directLabourer = v;
    s.f.directLabourer = v as never;
  },
  sector: (s, v) => {
    s.data.sector = v;
  },
  phone: (s, v) => {
    s.data.phone = v;
  },
  email: (s, v) => {
    s.data.email = v;
  },
  delegate: (s, v) => {
    s.data.delegate = v;
    s.f.delegate = v as never;
  },
  honoured: (s, v) => {
    s.data.honoured = v;
    s.f.honoured = v as never;
  },
  award: (s, v) => {
    s.data.award = v;
    s.f.award = v as never;
  },
  movement: (s, v) => {
    s.data.movement = v;
  },
  achievements: (s, v) => {
    s.data.achievements = v;
    s.f.achievements = v as never;
  },
  taskRating: (s, v) => {
    s.data.taskRating = v;
    s.f.taskRating = v as never;
  },
  initiatives: (s, v) => {
    s.data.initiatives = v;
    s.f.initiatives = v as never;
  },
  initiativeScope: (s, v) => {
    s.data.initiativeScope = v;
    s.f.initiativeScope = v as never;
  },
  consecutiveYears: (s, v) => {
    s.data.consecutiveYears = v;
    s.f.consecutiveYears = v as never;
  },
  memberCount: (s, v) => {
    s.data.memberCount = v;
    s.f.memberCount = v as never;
  },
  advancedMembers: (s, v) => {
    s.data.advancedMembers = v;
    s.f.advancedMembers = v as never;
  },
  emulationFighters: (s, v) => {
    s.data.emulationFighters = v;
    s.f.emulationFighters = v as never;
  },
  disciplinedMembers: (s, v) => {
    s.data.disciplinedMembers = v;
    s.f.disciplinedMembers = v as never;
  },
  priorAwards: (s, v) => {
    s.data.priorAwards = v;
    s.f.priorAwards = v as never;
  },
  priorAwardDecision: (s, v) => {
    s.data.priorAwardDecision = v;
  },
  priorAwardYear: (s, v) => {
    s.data.priorAwardYear = v;
  },
  disciplined: (s, v) => {
    s.data.disciplined = v;
    s.f.disciplined = v as never;
  },
  underReview: (s, v) => {
    s.data.underReview = v;
    s.f.underReview = v as never;
  },
  dossier: (s, v) => {
    s.data.dossier = v;
  },
  notes: (s, v) => {
    s.data.notes = v;
  },
  sourceRef: (s, v) => {
    s.data.sourceRef = v;
  },
  educationText: (s, v) => {
    s.data.educationText = v;
  },
  politicalTheoryText: (s, v) => {
    s.data.politicalTheoryText = v;
  },
};

/** The setter of a data key (keys outside the table fall back to a keyed store). */
export function setterFor(key: string): Setter {
  return (
    (SETTERS as Readonly<Record<string, Setter>>)[key] ??
    ((s, v) => {
      s.data[key] = v;
    })
  );
}
