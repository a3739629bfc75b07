// The consolidation run this spreadsheet has in progress (document property), so that the same file never starts
// two runs at once: claimed under the document lock before consolidate is called, released when it answers.
import { type ActiveRun, activeRunText, parseActiveRun } from '../core/active-run';
import { withDocumentLock } from './document-lock';

const KEY = 'tonvinh.consolidationRun';

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function activeRun(now: Date): ActiveRun | null {
  return parseActiveRun(store().getProperty(KEY) ?? undefined, now);
}

/** Stores `runId` as this spreadsheet's run; answers the other run instead when one is still in progress. */
export function claimRun(runId: string, now: Date): ActiveRun | null {
  return withDocumentLock(() => {
    const current = activeRun(now);
    if (current && current.runId !== runId) return current;
    store().setProperty(KEY, activeRunText({ runId, startedAt: now.toISOString() }));
    return null;
  }, 'DOCUMENT_BUSY');
}

/** Forgets the run once consolidate answered (only if it is still the stored one). */
export function releaseRun(runId: string): void {
  const current = parseActiveRun(store().getProperty(KEY) ?? undefined, new Date());
  if (!current || current.runId === runId) store().deleteProperty(KEY);
}
