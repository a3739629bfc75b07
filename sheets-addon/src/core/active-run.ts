// Pure: the consolidation run this spreadsheet started and has not finished, kept in the document properties so
// that a second "Tổng hợp toàn tỉnh" (another sidebar, another board member on the same file) follows it instead
// of starting another run.

export interface ActiveRun {
  runId: string;
  startedAt: string;
}

const ACTIVE_RUN_MS = 7 * 60_000;

/** The stored active run, if it is recent enough to still be running (Apps Script stops an execution at 6 min). */
export function parseActiveRun(text: string | undefined, now: Date): ActiveRun | null {
  if (!text) return null;
  const value = asBody(safeJson(text));
  if (typeof value.runId !== 'string' || typeof value.startedAt !== 'string') return null;
  const age = now.getTime() - Date.parse(value.startedAt);
  return age >= 0 && age < ACTIVE_RUN_MS ? { runId: value.runId, startedAt: value.startedAt } : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export function activeRunText(run: ActiveRun): string {
  return JSON.stringify(run);
}

function asBody(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
