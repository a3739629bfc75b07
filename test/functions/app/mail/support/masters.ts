// Master versions for mail tests, built with the real consolidation core (buildMaster) from small submissions:
// one person nominated by two units (an undecided probable duplicate), a quota exceeded, a rejected nominee.
import { buildMaster } from '../../../../../shared/consolidation/build-master';
import type {
  MasterVersion,
  ReviewDecision,
  SubmissionRow,
  UnitSubmission,
} from '../../../../../shared/consolidation/types';

const row = (sheetRow: number, data: SubmissionRow['data']): SubmissionRow => ({
  sheetRow,
  kind: data.collectiveName ? 'collective' : 'individual',
  valid: true,
  data,
});

export const AN = {
  fullName: 'Nguyễn Văn An',
  birthYear: 1980,
  gender: 'male',
  award: 'CSTD_CS',
  ethnicity: '01',
  partyMember: true,
  sector: 'economy',
} as const;

export const HOA = {
  fullName: 'Lê Thị Hoa',
  birthYear: 1990,
  gender: 'female',
  award: 'LDTT',
  ethnicity: '02',
  directLabourer: true,
  sector: 'cultureSociety',
} as const;

export const HANH = {
  fullName: 'Vi Thị Hạnh',
  birthYear: 1986,
  gender: 'female',
  award: 'LDTT',
  ethnicity: '02',
  cccd: '020186004545',
  sector: 'cultureSociety',
} as const;

function submissions(extra: SubmissionRow[] = []): UnitSubmission[] {
  const at = '2026-11-10T03:00:00.000Z';
  return [
    {
      unitId: 'so-giao-duc',
      unitName: 'Sở Giáo dục và Đào tạo',
      version: 1,
      submittedAt: at,
      rows: [row(5, { ...AN, fullName: 'Nguyen Van An' }), row(6, HOA)],
    },
    {
      unitId: 'p-tam-thanh',
      unitName: 'Phường Tam Thanh',
      version: 2,
      submittedAt: at,
      rows: [row(7, AN), ...extra],
    },
  ];
}

/** Version 1: two nominees, AN from two units (probable duplicate, undecided); Sở GD&ĐT over its quota of 1. */
export function firstMaster(reviews: ReviewDecision[] = []): MasterVersion {
  return buildMaster({
    campaignId: 'ls-2026',
    version: 1,
    createdAt: '2026-11-20T02:00:00.000Z',
    submissions: submissions(),
    reviews,
    stats: { referenceDate: '2026-11-20', quotas: { 'so-giao-duc': { total: 1 } } },
  });
}

/** Version 2: HANH added by Phường Tam Thanh (now over its quota of 1), HOA rejected by the board with a note. */
export function secondMaster(): MasterVersion {
  const first = firstMaster();
  const hoa = first.entries.find((e) => e.displayName === HOA.fullName);
  const reviews: ReviewDecision[] = hoa
    ? [{ nomineeId: hoa.nomineeId, state: 'rejected', note: 'Thiếu biên bản họp xét' }]
    : [];
  return buildMaster({
    campaignId: 'ls-2026',
    version: 2,
    createdAt: '2026-11-27T02:00:00.000Z',
    submissions: submissions([row(8, HANH)]),
    reviews,
    previous: first,
    stats: {
      referenceDate: '2026-11-27',
      quotas: { 'so-giao-duc': { total: 1 }, 'p-tam-thanh': { total: 1 } },
    },
  });
}
