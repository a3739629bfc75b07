// Issue 11 item 11: validation measured on a realistic campaign written apart from the code (see
// test/fixtures/realistic/generate.ts for the planting spec). Targets: false errors on clean rows ≤ 1%, cell
// recall of planted problems ≥ 95%, cross-unit duplicate pair recall ≥ 95% over all rows, no namesake merged.
import { describe, expect, it } from 'vitest';
import { build } from '../fixtures/realistic/generate';
import { loadFixture, measure } from '../fixtures/realistic/measure';

describe('realistic campaign fixture', () => {
  const { units, expected } = loadFixture();

  it('is what the seeded generator writes, with ≥ 400 rows from ≥ 12 units, planted problems and namesakes', () => {
    expect(JSON.parse(JSON.stringify(build()))).toEqual({ units, expected });
    expect(units.length).toBeGreaterThanOrEqual(12);
    expect(units.reduce((n, u) => n + u.rows.length, 0)).toBeGreaterThanOrEqual(400);
    expect(units.some((u) => u.kind === 'collective')).toBe(true);
    const planted = expected.units.flatMap((u) => u.planted);
    expect(planted.length).toBeGreaterThanOrEqual(100);
    for (const code of [
      'cccd.leadingZeroLost',
      'cccd.leadingZerosLost',
      'text.legacyEncoding',
      'achievements.missing',
    ])
      expect(planted.some((p) => p.codes.includes(code))).toBe(true);
    expect(expected.duplicatePairs.length).toBeGreaterThanOrEqual(10);
    expect(expected.namesakePairs.length).toBeGreaterThanOrEqual(5);
  });

  it('meets the targets', () => {
    const f = measure(units, expected);
    expect(f.falseErrorRate).toBeLessThanOrEqual(0.01);
    expect(f.cellRecall).toBeGreaterThanOrEqual(0.95);
    expect(f.duplicateRecall).toBeGreaterThanOrEqual(0.95);
    expect(f.namesakesMerged).toBe(0);
  });
});
