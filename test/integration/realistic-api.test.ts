// Issue 11, item 11, through the documented API: the realistic fixture (test/fixtures/realistic, labels written
// apart from the code) over HTTP on the local stack (embedded emulator, real firebase-admin): adminCampaign →
// validateRows and submitNominations per unit → consolidate → masterList (validity all). The figures are computed
// from the API responses only. The clock is fixed at the fixture's "today" (the campaign is open, due February 2026).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import { loadFixture } from '../fixtures/realistic/measure';
import { type ApiRun, measureThroughApi } from '../fixtures/realistic/measure-api';
import { BOARD } from '../support/grids';

let stack: Stack;
let run: ApiRun;
const { units, expected } = loadFixture();

beforeAll(async () => {
  const now = new Date(`${expected.today}T03:00:00Z`);
  stack = await startStack({
    port: 0,
    env: { LOG_LEVEL: 'error' },
    overrides: { clock: { now: () => now } },
  });
  run = await measureThroughApi(stack.url, BOARD, units, expected);
}, 600_000);

afterAll(async () => {
  await stack?.close();
});

describe('the realistic campaign through the documented API', () => {
  it("the campaign's evaluation year is the deadline's year-end review (2025), stored and shown in status", () => {
    expect(run.campaign.evaluationYear).toBe(expected.evaluationYear);
    expect(run.status.evaluationYear).toBe(expected.evaluationYear);
  });

  it('validateRows and submitNominations report the same errors for every unit', () => {
    for (const [unitId, { validate, submit }] of run.errorsOf) {
      expect(submit, unitId).toEqual(validate);
    }
  });

  it('every row reaches consolidation, valid or not', () => {
    const sources = run.entries.reduce((n, e) => n + e.sources.length, 0);
    expect(sources).toBe(run.figures.rows);
    expect(run.consolidated.totals.invalidRows).toBeGreaterThan(0);
  });

  it('meets the targets: false errors ≤ 1%, cell recall ≥ 95%, duplicate pair recall ≥ 95%, no namesake merged', () => {
    const f = run.figures;
    expect(f.units).toBeGreaterThanOrEqual(12);
    expect(f.rows).toBeGreaterThanOrEqual(400);
    expect(f.falseErrorRate, f.falseErrorSamples.join('\n')).toBeLessThanOrEqual(0.01);
    expect(f.cellRecall, f.missedSamples.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(f.duplicateRecall).toBeGreaterThanOrEqual(0.95);
    expect(f.namesakesMerged).toBe(0);
  });
});
