// Property-based: validateGrid never throws on any grid, every issue code is registered, every message is
// non-empty NFC Vietnamese, coordinates are sane and the summary adds up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../shared/grid/types';
import { validateGrid } from '../../../shared/grid/validate-grid';
import { ISSUE_CODES } from '../../../shared/issues';
import { COLLECTIVE_HEADER, INDIVIDUAL_HEADER } from './fixtures';

const headerWord = fc.oneof(
  fc.constantFrom(
    ...INDIVIDUAL_HEADER,
    ...COLLECTIVE_HEADER,
    'Năm sinh',
    'Nam',
    'Nữ',
    'HỌ VÀ TÊN',
    'Ho va ten',
    '',
  ),
  fc.string({ maxLength: 20 }),
);

const cell = fc.oneof(
  fc.constantFrom(
    'x',
    'Nam',
    'Nữ',
    'Kinh',
    'Thổ',
    '020085001234',
    20085001234,
    'Bằng khen UBND tỉnh',
    'LĐTT',
    60,
    31121,
    '',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom('a', 'e\u0301', '\u0300', '\u200B', ' ', '\uD83D\uDE00', 'Đ', '\u0323'),
    maxLength: 30,
  }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.object({ maxDepth: 1 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant('Thành tích '.repeat(2000)),
  fc.bigInt(),
);

const header = fc.oneof(
  fc.array(headerWord, { maxLength: 12 }),
  fc
    .tuple(fc.array(headerWord, { maxLength: 12 }), fc.array(headerWord, { maxLength: 12 }))
    .map(([a, b]) => [a, b]),
  fc.constant([]),
);

const grid: fc.Arbitrary<Grid> = fc.record({
  header,
  rows: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 6 }),
  firstRow: fc.integer({ min: 1, max: 1000 }),
  firstColumn: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
}) as fc.Arbitrary<Grid>;

const context = fc.record({
  kind: fc.constantFrom('individual', 'collective'),
  today: fc.constantFrom('2026-05-01', '2000-01-01', 'not a date'),
  rules: fc.option(
    fc.record({
      allowedAwards: fc.option(fc.constantFrom(['BK_TINH'], [], ['LDTT', 'CSTD_CS']), { nil: undefined }),
      defaultProposal: fc.option(fc.constantFrom('delegate', 'honoured'), { nil: undefined }),
      delegateMustHoldAward: fc.option(fc.boolean(), { nil: undefined }),
      requiredFields: fc.option(fc.constantFrom(['cccd'], ['ethnicity', 'achievements']), { nil: undefined }),
    }),
    { nil: undefined },
  ),
}) as fc.Arbitrary<Parameters<typeof validateGrid>[1]>;

/** 10,000 grids in 10 test cases of 1,000 (about 1 s each on a quiet 2-core machine, against the 60 s limit),
 *  so a loaded machine slows the run but cannot time it out. Each slice draws its own random seed. */
const SLICES = 10;
const PER_SLICE = 1_000;

function checkGrid(g: Grid, ctx: Parameters<typeof validateGrid>[1]): void {
  const result = validateGrid(g, ctx);
  for (const issue of result.issues) {
    const def = ISSUE_CODES[issue.code as keyof typeof ISSUE_CODES];
    expect(def, issue.code).toBeDefined();
    expect(issue.severity).toBe(def.severity);
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message).toBe(issue.message.normalize('NFC'));
    expect(issue.message).not.toMatch(/\{\w+\}/);
    expect(Number.isInteger(issue.row) && issue.row >= 1).toBe(true);
    expect(Number.isInteger(issue.column) && issue.column >= 0).toBe(true);
  }
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  expect(result.summary).toEqual({
    rows: result.rows.length,
    validRows: result.rows.filter((r) => r.valid).length,
    errorRows: result.rows.filter((r) => !r.valid).length,
    errors,
    warnings: result.issues.length - errors,
  });
  for (const row of result.rows) expect(row.sheetRow).toBeGreaterThanOrEqual(g.firstRow);
}

describe('validateGrid properties', () => {
  for (let slice = 1; slice <= SLICES; slice++) {
    it(`never throws; codes registered; messages NFC Vietnamese; summary consistent (grids ${(slice - 1) * PER_SLICE + 1}–${slice * PER_SLICE} of 10,000)`, () => {
      fc.assert(fc.property(grid, context, checkGrid), { numRuns: PER_SLICE });
    });
  }

  it('a row is valid exactly when it has no error issue and the header has none', () => {
    fc.assert(
      fc.property(grid, context, (g, ctx) => {
        const result = validateGrid(g, ctx);
        const headerErrors = result.issues.some(
          (i) => i.severity === 'error' && i.code.startsWith('header.'),
        );
        for (const row of result.rows) {
          const rowErrors = result.issues.some(
            (i) => i.row === row.sheetRow && i.severity === 'error' && !i.code.startsWith('header.'),
          );
          expect(row.valid).toBe(!headerErrors && !rowErrors);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
