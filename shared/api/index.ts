// Barrel of the HTTP API schemas (request/response bodies of every function).
export * from './admin-campaign';
export * from './campaign-status';
export * from './error-body';
export * from './errors';
export * from './grid';
export * from './ids';
export * from './nominations';

/** Names of the HTTP functions (the path segment under the stack URL). */
export const HTTP_FUNCTIONS = [
  'validateRows',
  'submitNominations',
  'campaignStatus',
  'adminCampaign',
] as const;

export type HttpFunctionName = (typeof HTTP_FUNCTIONS)[number];
