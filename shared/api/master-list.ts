// masterList: the current (or a given) master version, paged by entry index. The board sees every entry; a unit
// user sees only the entries their units nominated (with only their own source rows).
import { z } from 'zod';
import type { CampaignStats, DuplicateGroup, MasterEntry } from '../consolidation/types';
import { campaignIdSchema, unitIdSchema } from './ids';
import {
  campaignStatsSchema,
  changeSetSchema,
  duplicateGroupSchema,
  type EntryReview,
  masterEntrySchema,
  masterTotalsSchema,
} from './master-entries';

export const MASTER_PAGE_LIMITS = { defaultSize: 500, maxSize: 5000 } as const;

export const masterListRequestSchema = z.object({
  campaignId: campaignIdSchema,
  /** A stored version number; default: the current version. */
  version: z.int().min(1).optional(),
  /** Unit users: restrict to one of their units (default: all of them). */
  unitId: unitIdSchema.optional(),
  pageSize: z.int().min(1).max(MASTER_PAGE_LIMITS.maxSize).default(MASTER_PAGE_LIMITS.defaultSize),
  /** nextPageToken of the previous page (it pins the version). */
  pageToken: z.string().max(200).optional(),
  /**
   * valid (default): the master list; invalid: the entries "chưa hợp lệ" (rows with errors, validity 'invalid');
   * all: both, valid entries first. Keep the same value while paging.
   */
  validity: z.enum(['valid', 'invalid', 'all']).default('valid'),
});

export type MasterListRequest = z.input<typeof masterListRequestSchema>;
/** The request as the function receives it (parsed: defaults applied). */
export type MasterListBody = z.output<typeof masterListRequestSchema>;

export const masterListResponseSchema = z.object({
  master: z.object({
    campaignId: z.string(),
    version: z.int().min(1),
    createdAt: z.string(),
    entries: z.array(masterEntrySchema),
    /** Board only; [] for unit users, and on pages asked with a pageToken (the first page has them). */
    duplicates: z.array(duplicateGroupSchema),
    /** Empty on pages asked with a pageToken (the first page has them). */
    changes: changeSetSchema,
    totals: masterTotalsSchema,
    stats: campaignStatsSchema,
    unitVersions: z.record(z.string(), z.int()),
  }),
  page: z.object({
    /** Index of the first entry of this page among the visible entries. */
    offset: z.int().min(0),
    size: z.int().min(0),
    /** Visible entries in the whole version. */
    total: z.int().min(0),
    nextPageToken: z.string().nullable(),
  }),
});

type Listed = z.infer<typeof masterListResponseSchema>;

/** The schema checks entries, groups and statistics loosely; the types are the consolidation core's. */
export type MasterListResponse = Omit<Listed, 'master'> & {
  master: Omit<Listed['master'], 'entries' | 'duplicates' | 'stats'> & {
    entries: Array<MasterEntry & { review?: EntryReview }>;
    duplicates: DuplicateGroup[];
    stats: CampaignStats;
  };
};
