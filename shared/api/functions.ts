// The function list, defined once. functions/index.ts registers exactly these (each handler module imported on
// first use), the deploy plan (scripts/deploy.ts) deploys exactly these, the local dispatcher serves what
// index.ts registered, and HTTP_FUNCTIONS (the add-on's and the tests' list of HTTP paths) is derived from it.

export type FunctionKind = 'http' | 'cloudEvent';

/**
 * Who may call: any member (a unit user only for the units they edit), the board, a council member (Hội đồng Thi
 * đua – Khen thưởng), the scheduler (Pub/Sub), or anyone without sign-in (`public`: publicNotice only, which serves
 * the campaign's public notice and nothing else).
 */
export type FunctionRole = 'member' | 'board' | 'council' | 'scheduler' | 'public';

export interface FunctionDef {
  /** Entry point and path segment under the stack URL. */
  name: string;
  kind: FunctionKind;
  /** Module under functions/handlers/ (without .ts). */
  handler: string;
  /** The module's export: an HTTP handler, or (cloudEvent) a factory of the CloudEvent handler. */
  handlerExport: string;
  role: FunctionRole;
  description: string;
}

export const FUNCTIONS = [
  {
    name: 'validateRows',
    kind: 'http',
    handler: 'validate-rows',
    handlerExport: 'validateRowsHandler',
    role: 'member',
    description: "Validates a grid with the campaign's rules; stores nothing.",
  },
  {
    name: 'submitNominations',
    kind: 'http',
    handler: 'submit-nominations',
    handlerExport: 'submitNominationsHandler',
    role: 'member',
    description:
      "Validates and stores a new version of a unit's list (idempotent by submissionKey); sends the receipt.",
  },
  {
    name: 'campaignStatus',
    kind: 'http',
    handler: 'campaign-status',
    handlerExport: 'campaignStatusHandler',
    role: 'member',
    description: 'Submission status of the units of a campaign (a unit user: their units only).',
  },
  {
    name: 'adminCampaign',
    kind: 'http',
    handler: 'admin-campaign',
    handlerExport: 'adminCampaignHandler',
    role: 'board',
    description: 'Creates or updates a campaign: deadline, units, awards, rules, master spreadsheet.',
  },
  {
    name: 'consolidate',
    kind: 'http',
    handler: 'consolidate',
    handlerExport: 'consolidateHandler',
    role: 'board',
    description:
      'Builds the next master version from the latest submissions (optionally writes the sheet, notifies units).',
  },
  {
    name: 'consolidationStatus',
    kind: 'http',
    handler: 'consolidation-status',
    handlerExport: 'consolidationStatusHandler',
    role: 'board',
    description: 'Progress and outcome of a consolidation run.',
  },
  {
    name: 'masterList',
    kind: 'http',
    handler: 'master-list',
    handlerExport: 'masterListHandler',
    role: 'member',
    description: 'Pages through the entries of a master version.',
  },
  {
    name: 'reviewDuplicates',
    kind: 'http',
    handler: 'review-duplicates',
    handlerExport: 'reviewDuplicatesHandler',
    role: 'board',
    description: 'Records the decision on a group of suspected duplicates (same person or different people).',
  },
  {
    name: 'reviewNominee',
    kind: 'http',
    handler: 'review-nominee',
    handlerExport: 'reviewNomineeHandler',
    role: 'board',
    description: 'Records the review state of a nominee (accepted, needs info, awarded, …).',
  },
  {
    name: 'reviewNominees',
    kind: 'http',
    handler: 'review-nominees',
    handlerExport: 'reviewNomineesHandler',
    role: 'board',
    description:
      'Records the review states of many nominees in one request, a result per row; mails returned nominees.',
  },
  {
    name: 'lockUnit',
    kind: 'http',
    handler: 'lock-unit',
    handlerExport: 'lockUnitHandler',
    role: 'board',
    description: "Locks a unit's accepted list (further submissions refused) or reopens it.",
  },
  {
    name: 'writeMasterSheet',
    kind: 'http',
    handler: 'write-master-sheet',
    handlerExport: 'writeMasterSheetHandler',
    role: 'board',
    description: "Writes a master version into the campaign's master spreadsheet.",
  },
  {
    name: 'exportMaster',
    kind: 'http',
    handler: 'export-master',
    handlerExport: 'exportMasterHandler',
    role: 'board',
    description: 'Exports a master version as xlsx files (board list, official lists).',
  },
  {
    name: 'importWorkbook',
    kind: 'http',
    handler: 'import-workbook',
    handlerExport: 'importWorkbookHandler',
    role: 'member',
    description: "Reads a unit's Excel workbook and submits each list in it.",
  },
  {
    name: 'unitSubmissions',
    kind: 'http',
    handler: 'unit-submissions',
    handlerExport: 'unitSubmissionsHandler',
    role: 'member',
    description: "Lists a unit's submitted versions and returns a version's rows with their issues, paged.",
  },
  {
    name: 'adminProvince',
    kind: 'http',
    handler: 'admin-province',
    handlerExport: 'adminProvinceHandler',
    role: 'board',
    description: "Reads or sets a province's rule profile, inherited by the campaigns that name it.",
  },
  {
    name: 'importAwardHistory',
    kind: 'http',
    handler: 'import-award-history',
    handlerExport: 'importAwardHistoryHandler',
    role: 'board',
    description: 'Imports past award decisions (xlsx) into the award history that eligibility reads.',
  },
  {
    name: 'sendUp',
    kind: 'http',
    handler: 'send-up',
    handlerExport: 'sendUpHandler',
    role: 'board',
    description:
      "Sends the board's list (chosen review states) up as its unit's submission in the parent campaign.",
  },
  {
    name: 'sendUpStatus',
    kind: 'http',
    handler: 'send-up-status',
    handlerExport: 'sendUpStatusHandler',
    role: 'board',
    description:
      "What the parent campaign made of the lists sent up: each nominee's review state and note there.",
  },
  {
    name: 'carryForward',
    kind: 'http',
    handler: 'carry-forward',
    handlerExport: 'carryForwardHandler',
    role: 'board',
    description: "Takes a finished conference's chosen entries into a congress campaign as its units' lists.",
  },
  {
    name: 'voteRound',
    kind: 'http',
    handler: 'vote-round',
    handlerExport: 'voteRoundHandler',
    role: 'board',
    description:
      'Opens a council voting round on chosen entries, shows its turnout, closes it (tally → review states), gives its minutes (xlsx).',
  },
  {
    name: 'castBallot',
    kind: 'http',
    handler: 'cast-ballot',
    handlerExport: 'castBallotHandler',
    role: 'council',
    description:
      'A council member reads the open round and their own ballot, or casts it (changeable until close).',
  },
  {
    name: 'publicNotice',
    kind: 'http',
    handler: 'public-notice',
    handlerExport: 'publicNoticeHandler',
    role: 'public',
    description:
      'PUBLIC, no sign-in: GET an HTML page of the proposed list during the notice period; POST a comment form.',
  },
  {
    name: 'noticeComments',
    kind: 'http',
    handler: 'notice-comments',
    handlerExport: 'noticeCommentsHandler',
    role: 'board',
    description: 'Lists the public comments sent on the notice page of a campaign, newest first.',
  },
  {
    name: 'weeklyDigest',
    kind: 'cloudEvent',
    handler: 'weekly-digest',
    handlerExport: 'weeklyDigestHandler',
    role: 'scheduler',
    description: 'Weekly progress digest to the board (Pub/Sub, Cloud Scheduler).',
  },
  {
    name: 'deadlineReminders',
    kind: 'cloudEvent',
    handler: 'deadline-reminders',
    handlerExport: 'deadlineRemindersHandler',
    role: 'scheduler',
    description: 'Deadline reminders to units that have not submitted (Pub/Sub, Cloud Scheduler).',
  },
  {
    name: 'decisionDrafts',
    kind: 'http',
    handler: 'decision-drafts',
    handlerExport: 'decisionDraftsHandler',
    role: 'board',
    description:
      'Drafts the Tờ trình and the Quyết định khen thưởng (.docx, NĐ 30/2020 format) from the approved entries.',
  },
  {
    name: 'recordDecision',
    kind: 'http',
    handler: 'record-decision',
    handlerExport: 'recordDecisionHandler',
    role: 'board',
    description:
      'Records a signed award decision: marks its entries awarded and writes their award history (idempotent).',
  },
  {
    name: 'certificates',
    kind: 'http',
    handler: 'certificates',
    handlerExport: 'certificatesHandler',
    role: 'board',
    description: 'Prints the certificates of a recorded decision: one PDF page per awardee.',
  },
] as const satisfies readonly FunctionDef[];

type Defined = (typeof FUNCTIONS)[number];
export type FunctionName = Defined['name'];
export type HandlerModule = Defined['handler'];
export type HttpFunctionName = Extract<Defined, { kind: 'http' }>['name'];
export type EventFunctionName = Extract<Defined, { kind: 'cloudEvent' }>['name'];

function isHttp(f: Defined): f is Extract<Defined, { kind: 'http' }> {
  return f.kind === 'http';
}

function isEvent(f: Defined): f is Extract<Defined, { kind: 'cloudEvent' }> {
  return f.kind === 'cloudEvent';
}

/** Names of the HTTP functions (the path segment under the stack URL), in list order. */
export const HTTP_FUNCTIONS: readonly HttpFunctionName[] = FUNCTIONS.filter(isHttp).map((f) => f.name);

/** Names of the CloudEvent (scheduled) functions, in list order. */
export const EVENT_FUNCTIONS: readonly EventFunctionName[] = FUNCTIONS.filter(isEvent).map((f) => f.name);

/** Functions anyone may call without signing in (they read or accept nothing beyond their own purpose). */
export const PUBLIC_FUNCTIONS: readonly HttpFunctionName[] = FUNCTIONS.filter(isHttp)
  .filter((f) => (f.role as FunctionRole) === 'public')
  .map((f) => f.name);
