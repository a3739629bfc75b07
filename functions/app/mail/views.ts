// View models of the four messages. Templates render only these (pure, testable); map-views.ts builds them
// from submission/master data. Dates are ISO strings (YYYY-MM-DD); names are as entered (escaped on render).

export interface UnitRef {
  unitId: string;
  unitName: string;
}

export interface IssueLine {
  /** "Cá nhân!F12" */
  ref: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface NomineeLine {
  name: string;
  /** Full CCCD as stored; templates show it masked only. */
  cccd?: string;
  award?: string;
  valid: boolean;
}

export interface ReceiptView {
  campaignName: string;
  unitName: string;
  kindLabel: string;
  version: number;
  submittedAt: string;
  deadline: string;
  counts: { rows: number; validRows: number; errorRows: number; errors: number; warnings: number };
  issues: IssueLine[];
  nominees: NomineeLine[];
  /** Issues beyond this count are summarised as "… và N lỗi khác". */
  maxIssues?: number;
}

export interface UnitSummaryView {
  campaignName: string;
  unitName: string;
  masterVersion: number;
  consolidatedAt: string;
  deadline: string;
  nominees: { name: string; cccd?: string; award?: string; status: 'accepted' | 'returned' | 'pending' }[];
  duplicates: { name: string; otherUnits: string[] }[];
  returned: { name: string; note: string }[];
  toFix: IssueLine[];
}

export interface DigestView {
  campaignName: string;
  week: string;
  generatedAt: string;
  deadline: string;
  daysToDeadline: number;
  completeness: {
    missing: UnitRef[];
    withErrors: (UnitRef & { errors: number })[];
    clean: UnitRef[];
  };
  /** Units on time, late, and all units of the campaign (the rate's denominator: shared onTimeRate). */
  onTime: { onTime: number; late: number; units: number };
  /** null in the first week (nothing to compare with). */
  changes: { added: number; removed: number; modified: number; highlights: string[] } | null;
  duplicatesAwaitingReview: { groups: number; examples: { name: string; units: string[] }[] };
  overQuota: { unitName: string; quota: number; count: number }[];
  totals: { nominees: number; individuals: number; collectives: number };
  /** Delegate-structure figures, e.g. "Nữ", "Dân tộc thiểu số", "Đảng viên", "Trực tiếp lao động". */
  structure: { label: string; count: number; of: number }[];
  /** By sector or award, for a second bar chart. */
  breakdown: { title: string; bars: { label: string; count: number }[] } | null;
  /** The structure against the campaign's targets; absent or null when it sets no target and no seat quota. */
  structureTargets?: StructureTargetsView | null;
}

/** The whole list's structure against the targets, and the units that miss one (digest). */
export interface StructureTargetsView {
  /** Individuals counted (delegates, or every valid entry when none is a delegate). */
  persons: number;
  basis: 'delegates' | 'entries';
  seats: { used: number; limit?: number };
  /** Groups with a target: share 0..1, target ("≥ 30%"), verdict ("Đạt", "Thiếu 2 người"). */
  lines: { label: string; count: number; share: number; target: string; verdict: string; ok: boolean }[];
  /** Units short of or over a target or over their seats (at most a few), and how many more there are. */
  units: { unitName: string; problems: string[] }[];
  moreUnits: number;
}

export interface ReminderView {
  campaignName: string;
  unitName: string;
  deadline: string;
  /** Days from today to the deadline; negative after it. */
  daysLeft: number;
  state: 'missing' | 'errors';
  errors: number;
  issues: IssueLine[];
}
