// Consolidation core (pure): master building, duplicate detection, diff, statistics, chunking and hashing.

export { buildMaster } from './build-master';
export { chunkMaster, DEFAULT_CHUNK_SIZE, submissionContentHash, unitContentHashes } from './chunks';
export { DUPLICATE_REASONS, ENTRY_ISSUES, type EntryIssueCode } from './codes';
export { ageAt, ageBand, computeStats } from './compute-stats';
export { diffMasters, fieldChanges } from './diff-masters';
export {
  type DuplicateInputRow,
  type DuplicateOptions,
  type DuplicateResult,
  type FoundGroup,
  findDuplicates,
} from './find-duplicates';
export { contentHash, hash64, stableStringify } from './hash';
export type * from './types';
