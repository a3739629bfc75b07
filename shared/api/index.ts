// Barrel of the HTTP API schemas (request/response bodies of every function).
export * from './admin-campaign';
export * from './campaign-status';
export * from './chains';
export * from './consolidation';
export * from './error-body';
export * from './errors';
export * from './grid';
export * from './ids';
export * from './master-entries';
export * from './master-list';
export * from './master-outputs';
export * from './nominations';
export * from './reviews';

/** Names of the HTTP functions (the path segment under the stack URL). */
export const HTTP_FUNCTIONS = [
  'validateRows',
  'submitNominations',
  'campaignStatus',
  'adminCampaign',
  'consolidate',
  'consolidationStatus',
  'masterList',
  'reviewDuplicates',
  'reviewNominee',
  'writeMasterSheet',
  'exportMaster',
  'importWorkbook',
  'sendUp',
  'sendUpStatus',
  'carryForward',
] as const;

export type HttpFunctionName = (typeof HTTP_FUNCTIONS)[number];
