import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../shared/consolidation/compute-stats';
import {
  percentText,
  type StructureScope,
  statusText,
  structureReport,
  targetLine,
  targetText,
} from '../../../shared/consolidation/structure';
import { STRUCTURE_ENTRIES, STRUCTURE_OPTIONS } from '../../fixtures/structure/entries';
import expected from '../../fixtures/structure/expected.json';

function project(scope: StructureScope) {
  return {
    population: scope.population,
    persons: scope.persons,
    seats: scope.seats,
    missed: scope.missed,
    lines: Object.fromEntries(
      scope.lines.map((l) => [
        l.key,
        { count: l.count, status: l.status, needed: l.needed, excess: l.excess },
      ]),
    ),
  };
}

describe('structureReport (hand-computed fixture)', () => {
  const report = structureReport(computeStats({ entries: STRUCTURE_ENTRIES }, STRUCTURE_OPTIONS));

  it('counts the delegates of the whole list once each, against the targets and the summed seats', () => {
    expect(report?.basis).toBe('delegates');
    expect(report?.referenceYear).toBe(2025);
    expect(report?.youthMaxAge).toBe(30);
    expect(report && project(report.whole)).toEqual(expected.whole);
  });

  it('counts each unit (a nominee of two units in both), units with a seat quota but no delegate included', () => {
    expect(report?.units.map((u) => u.unitId)).toEqual(['A', 'B', 'C']);
    for (const unit of report?.units ?? [])
      expect(project(unit)).toEqual(expected.units[unit.unitId as keyof typeof expected.units]);
    expect(report?.units[0]?.unitName).toBe('Đơn vị A');
  });

  it('gives shares over the individuals and carries the targets', () => {
    const women = report?.whole.lines.find((l) => l.key === 'women');
    expect(women).toMatchObject({ label: 'Nữ', share: 0.5, min: 0.5 });
    expect(women?.max).toBeUndefined();
    const youth = report?.units[0]?.lines.find((l) => l.key === 'youth');
    expect(youth?.share).toBeCloseTo(2 / 3, 10);
    expect(youth).toMatchObject({ min: 0.3, max: 0.4 });
  });

  it('counts every valid entry when no entry is a delegate', () => {
    const plain = STRUCTURE_ENTRIES.map(({ delegate: _d, ...e }) => e);
    const r = structureReport(computeStats({ entries: plain }, STRUCTURE_OPTIONS));
    expect(r?.basis).toBe('entries');
    // d1, d2, d3, d4, d5, n1 (d6 rejected): 6 entries, 5 individuals; women d1, d3, n1 = 3.
    expect(r?.whole.population).toBe(6);
    expect(r?.whole.persons).toBe(5);
    expect(r?.whole.lines.find((l) => l.key === 'women')?.count).toBe(3);
    // Seats count delegate entries only: none.
    expect(r?.whole.seats).toEqual({ limit: 5, used: 0, over: false });
  });

  it('is null for statistics stored before structure counts', () => {
    const stats = computeStats({ entries: STRUCTURE_ENTRIES }, STRUCTURE_OPTIONS);
    const { structure: _s, ...old } = stats;
    expect(structureReport(old)).toBeNull();
  });

  it('takes youth at most youthMaxAge in the reference year (defaults 30 and the reference date year)', () => {
    const r = structureReport(
      computeStats({ entries: STRUCTURE_ENTRIES }, { referenceDate: '2026-01-15', quotas: {} }),
    );
    // 2026: d1 26 (youth), d2 31 (not).
    expect(r?.youthMaxAge).toBe(30);
    expect(r?.referenceYear).toBe(2026);
    expect(r?.whole.lines.find((l) => l.key === 'youth')?.count).toBe(1);
    expect(r?.whole.seats).toEqual({ used: 5, over: false });
  });
});

describe('targetLine', () => {
  it('is not fooled by binary noise: 30% of 10 needs 3', () => {
    expect(targetLine('women', 3, 10, { min: 0.3 })).toMatchObject({ status: 'met', needed: 0 });
    expect(targetLine('women', 2, 10, { min: 0.3 })).toMatchObject({ status: 'short', needed: 1 });
    expect(targetLine('youth', 7, 10, { min: 0, max: 0.7 })).toMatchObject({ status: 'met', excess: 0 });
    expect(targetLine('youth', 8, 10, { min: 0, max: 0.7 })).toMatchObject({ status: 'over', excess: 1 });
  });
});

describe('texts', () => {
  it('formats shares, targets and verdicts in Vietnamese', () => {
    expect(percentText(0.325)).toBe('32,5%');
    expect(percentText(0.3)).toBe('30%');
    expect(targetText({ min: 0.3 })).toBe('≥ 30%');
    expect(targetText({ min: 0.3, max: 0.4 })).toBe('30%–40%');
    expect(targetText({})).toBe('');
    expect(statusText({ status: 'short', needed: 2, excess: 0 })).toBe('Thiếu 2 người');
    expect(statusText({ status: 'over', needed: 0, excess: 1 })).toBe('Vượt 1 người');
    expect(statusText({ status: 'met', needed: 0, excess: 0 })).toBe('Đạt');
  });
});
