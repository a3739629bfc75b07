// What a campaign's event kind (eventKind, shared/api/admin-campaign.ts) decides: the event named in the titles of
// the official lists, the proposal list's title, default validation rules (the campaign's own rules override
// them), and the add-on template's columns for the kind's lists. docs/domain.md "Event kinds" shows this table.
import type { EventKind } from '../api/admin-campaign';
import type { NominationKind } from '../grid/types';
import type { CampaignRules } from '../schema/campaign-rules';
import { type FieldKey, type TemplateColumn, templateColumns } from '../schema/fields';

export interface EventKindSpec {
  /** Vietnamese name of the kind. */
  label: string;
  /** The event as the official lists name it, upper case: "DANH SÁCH ĐẠI BIỂU / DỰ <event>". */
  event: string;
  /** Title of the proposal list (exportMaster layout "proposal"). */
  proposalTitle: string;
  /** Rules applied unless the campaign's own rules say otherwise. */
  defaultRules: CampaignRules;
  /** Template columns of each kind of list, in sheet order; absent: every field of the list. */
  columns?: Readonly<Record<NominationKind, readonly FieldKey[]>>;
}

const PROPOSAL = 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG';
const HONOURING = 'DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG';

export const EVENT_KIND_SPECS: Readonly<Record<EventKind, EventKindSpec>> = {
  'hoi-nghi-dien-hinh-tien-tien': {
    label: 'Hội nghị điển hình tiên tiến',
    event: 'HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN',
    proposalTitle: PROPOSAL,
    defaultRules: {},
  },
  'dai-hoi-thi-dua-yeu-nuoc': {
    label: 'Đại hội thi đua yêu nước',
    event: 'ĐẠI HỘI THI ĐUA YÊU NƯỚC',
    proposalTitle: PROPOSAL,
    // Delegates must hold an award: their dossier carries its decision (a configurable default).
    defaultRules: { delegateMustHoldAward: true, dossierChecklist: { delegate: ['QDKT'] } },
  },
  'bieu-duong-nguoi-tot-viec-tot': {
    label: 'Biểu dương người tốt, việc tốt',
    event: 'HỘI NGHỊ BIỂU DƯƠNG NGƯỜI TỐT, VIỆC TỐT',
    proposalTitle: HONOURING,
    defaultRules: { defaultProposal: 'honoured' },
    columns: {
      individual: [
        'fullName',
        'gender',
        'birthYear',
        'ethnicity',
        'cccd',
        'position',
        'workplace',
        'phone',
        'movement',
        'achievements',
        'honoured',
        'delegate',
        'award',
        'dossier',
        'notes',
      ],
      collective: [
        'collectiveName',
        'workplace',
        'movement',
        'achievements',
        'honoured',
        'award',
        'dossier',
        'notes',
      ],
    },
  },
  'bieu-duong-lao-dong-gioi-sang-tao': {
    label: 'Biểu dương người lao động giỏi, lao động sáng tạo',
    event: 'HỘI NGHỊ BIỂU DƯƠNG NGƯỜI LAO ĐỘNG GIỎI, LAO ĐỘNG SÁNG TẠO',
    proposalTitle: HONOURING,
    defaultRules: { defaultProposal: 'honoured' },
    columns: {
      individual: [
        'fullName',
        'gender',
        'birthYear',
        'ethnicity',
        'cccd',
        'position',
        'workplace',
        'education',
        'directLabourer',
        'socialComposition',
        'sector',
        'partyMember',
        'unionMember',
        'initiatives',
        'initiativeScope',
        'consecutiveYears',
        'achievements',
        'honoured',
        'delegate',
        'award',
        'dossier',
        'notes',
      ],
      collective: [
        'collectiveName',
        'workplace',
        'sector',
        'memberCount',
        'advancedMembers',
        'achievements',
        'honoured',
        'award',
        'dossier',
        'notes',
      ],
    },
  },
  khac: {
    label: 'Khác',
    event: 'HỘI NGHỊ',
    proposalTitle: PROPOSAL,
    defaultRules: {},
  },
};

export const DEFAULT_EVENT_KIND: EventKind = 'hoi-nghi-dien-hinh-tien-tien';

export function eventKindSpec(kind: EventKind | undefined): EventKindSpec {
  return EVENT_KIND_SPECS[kind ?? DEFAULT_EVENT_KIND];
}

/** The kind's default rules under the campaign's own (a rule the campaign sets wins). */
export function rulesForEvent<R extends CampaignRules>(kind: EventKind | undefined, rules: R): R {
  return { ...eventKindSpec(kind).defaultRules, ...rules } as R;
}

/** The add-on template's columns of a list for this event kind: STT, then the kind's columns (or every field). */
export function templateColumnsFor(kind: NominationKind, eventKind: EventKind | undefined): TemplateColumn[] {
  const all = templateColumns(kind);
  const keys = eventKindSpec(eventKind).columns?.[kind];
  if (keys === undefined) return all;
  const byKey = new Map(all.map((c) => [c.key as string, c]));
  return [all[0] as TemplateColumn, ...keys.flatMap((k) => byKey.get(k) ?? [])];
}
