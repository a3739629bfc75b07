// A unit submits its individual list ("Cá nhân") and its collective list ("Tập thể") separately, and version
// numbers are counted per unit, not per kind. "The unit's latest submission" is therefore one latest commit per
// kind: every reader (consolidation, campaignStatus, review status, mail) goes through latestByKind, never through
// the unit's single newest commit, so a list submitted earlier is never dropped by a later list of the other kind.
import type { NominationKind } from '../../../shared/grid/types';
import type { CommitRecord } from '../ports';

/** The nomination kinds, in display order (individuals first). */
export const NOMINATION_KINDS: readonly NominationKind[] = ['individual', 'collective'];

/** The latest committed version of each kind the unit has submitted. */
export type LatestByKind = { [K in NominationKind]?: CommitRecord };

/** The highest-numbered commit of each kind (the input order does not matter). */
export function latestByKind(commits: readonly CommitRecord[]): LatestByKind {
  const latest: LatestByKind = {};
  for (const commit of commits) {
    const current = latest[commit.kind];
    if (!current || commit.version > current.version) latest[commit.kind] = commit;
  }
  return latest;
}

/** The latest commits present, individuals first. */
export function latestLists(latest: LatestByKind): CommitRecord[] {
  return NOMINATION_KINDS.flatMap((kind) => latest[kind] ?? []);
}

/** The newest of the latest commits (highest version number), or undefined when nothing was submitted. */
export function newestOf(latest: LatestByKind): CommitRecord | undefined {
  return latestLists(latest).reduce<CommitRecord | undefined>(
    (newest, commit) => (newest && newest.version > commit.version ? newest : commit),
    undefined,
  );
}

/** The latest submission instant among the kinds' latest lists, or undefined when nothing was submitted. */
export function lastSubmittedAt(latest: LatestByKind): string | undefined {
  const instants = latestLists(latest).map((c) => c.submittedAt);
  return instants.reduce<string | undefined>(
    (last, at) => (last === undefined || Date.parse(at) > Date.parse(last) ? at : last),
    undefined,
  );
}
