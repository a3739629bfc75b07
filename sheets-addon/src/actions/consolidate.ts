// "Tổng hợp toàn tỉnh". The menu handler only opens the sidebar with a fresh runId; the page then calls
// runConsolidation(runId, options) (long: up to Apps Script's 6 minutes) and, concurrently, consolidationProgress
// (runId) every ~1.5 s until the first call answers. A spreadsheet never runs two consolidations at once: the run
// is claimed in the document properties, and the server's CONSOLIDATION_IN_PROGRESS is answered as `busy`.
import { runIdSchema } from '../../../shared/api/consolidation';
import { consolidationStatus, startConsolidation } from '../api/board-api';
import {
  type ConsolidateSidebarPayload,
  type ConsolidationPayload,
  consolidateOptions,
  consolidationPayload,
  waitingPayload,
} from '../core/consolidation-view';
import { AddonError, hasCode } from '../core/errors';
import { MESSAGES } from '../core/messages';
import { activeRun, claimRun, releaseRun } from '../settings/consolidation-run';
import { readSettings, requireConnection } from '../settings/document-settings';
import { showSidebar } from '../ui/sidebar';

/** How often the page polls consolidationProgress. */
export const POLL_MS = 1500;

const connection = () => requireConnection(readSettings());

export function openConsolidation(): ConsolidateSidebarPayload {
  requireConnection(readSettings());
  const payload = { runId: Utilities.getUuid(), pollMs: POLL_MS, active: activeRun(new Date()) };
  showSidebar('SidebarConsolidate', 'Tổng hợp toàn tỉnh', payload);
  return payload;
}

function requireRunId(value: unknown): string {
  const parsed = runIdSchema.safeParse(value);
  if (!parsed.success) throw new AddonError('INVALID_RUN_ID', MESSAGES.INVALID_RUN_ID);
  return parsed.data;
}

export function executeConsolidation(runId: unknown, options: unknown): ConsolidationPayload {
  const id = requireRunId(runId);
  const target = connection();
  const chosen = consolidateOptions(options);
  const other = claimRun(id, new Date());
  if (other) return waitingPayload('busy', other.runId, MESSAGES.CONSOLIDATION_RUNNING_HERE);
  try {
    return consolidationPayload(startConsolidation(target, id, chosen), chosen.notifyUnits);
  } catch (error) {
    if (hasCode(error, 'CONSOLIDATION_IN_PROGRESS')) return waitingPayload('busy', '', error.message);
    throw error;
  } finally {
    releaseRun(id);
  }
}

/** The run's progress; `pending` while the server has no such run (not started yet, or never started). */
export function pollConsolidation(runId: unknown): ConsolidationPayload {
  const id = requireRunId(runId);
  try {
    return consolidationPayload(consolidationStatus(connection(), id));
  } catch (error) {
    if (hasCode(error, 'RUN_NOT_FOUND')) return waitingPayload('pending', id, error.message);
    throw error;
  }
}
