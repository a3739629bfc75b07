import { describe, expect, it } from 'vitest';
import { activeRunText, parseActiveRun } from '../../../../sheets-addon/src/core/active-run';

const NOW = new Date('2026-05-10T03:00:00.000Z');

describe('parseActiveRun', () => {
  it('reads a run started less than 7 minutes ago, round-tripping activeRunText', () => {
    const run = { runId: 'run-abcdef01', startedAt: '2026-05-10T02:55:00.000Z' };
    expect(parseActiveRun(activeRunText(run), NOW)).toEqual(run);
  });

  it('ignores a run older than an Apps Script execution can last, from the future, or unreadable', () => {
    const at = (startedAt: string) => JSON.stringify({ runId: 'run-abcdef01', startedAt });
    expect(parseActiveRun(at('2026-05-10T02:52:59.000Z'), NOW)).toBeNull();
    expect(parseActiveRun(at('2026-05-10T03:01:00.000Z'), NOW)).toBeNull();
    expect(parseActiveRun(at('not a date'), NOW)).toBeNull();
    expect(parseActiveRun('{broken', NOW)).toBeNull();
    expect(parseActiveRun(JSON.stringify({ runId: 1, startedAt: NOW.toISOString() }), NOW)).toBeNull();
    expect(parseActiveRun(undefined, NOW)).toBeNull();
  });
});
