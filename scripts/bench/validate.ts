// Benchmark: validateGrid with full checks on a 50,000-row individual list, against a bare zod parse of the same
// shape (a plain z.object of the same fields with the same types) run in the same process. Prints rows/s and
// the ratio; targets: ≥ 100,000 rows/s and ≤ 3× the bare parse.
import { z } from 'zod';
import type { Grid } from '../../shared/grid/types';
import { validateGrid } from '../../shared/grid/validate-grid';

const ROWS = 50_000;

const HEADER = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Dân tộc',
  'Số CCCD',
  'Số điện thoại',
  'Email',
  'Chức vụ',
  'Đơn vị công tác',
  'Trình độ chuyên môn',
  'Trình độ lý luận chính trị',
  'Đảng viên',
  'Thành phần',
  'Lĩnh vực',
  'Đại biểu dự hội nghị',
  'Hình thức đề nghị',
  'Phong trào thi đua',
  'Xếp loại',
  'Số sáng kiến, đề tài',
  'Số năm liên tục',
  'Khen thưởng đã đạt',
  'Tóm tắt thành tích',
  'Ghi chú',
];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vi', 'Lý', 'Nông', 'Đỗ', 'Hà'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hữu', 'Thanh', 'Quốc', 'Ngọc', 'Gia', 'Bảo', 'Xuân'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Giang',
  'Hoa',
  'Khánh',
  'Lan',
  'Mai',
  'Sơn',
  'Tùng',
  'Yến',
  'Hải',
  'Long',
  'Phương',
  'Quang',
  'Trang',
  'Vinh',
  'Hằng',
  'Đạt',
];
const ETHNIC = ['Kinh', 'Tày', 'Nùng', 'Dao', 'HMông', 'Sán Chay'];
const AWARDS = [
  'Lao động tiên tiến',
  'Bằng khen của Chủ tịch UBND tỉnh',
  'Giấy khen',
  'Chiến sĩ thi đua cơ sở',
];
const RATINGS = ['Hoàn thành tốt nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV'];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

function cccdFor(i: number, male: boolean, year: number): string {
  const century = (year >= 2000 ? 2 : 0) + (male ? 0 : 1);
  return `020${century}${String(year % 100).padStart(2, '0')}${String(i).padStart(6, '0')}`;
}

/** Distinct name + birth year for every row up to 108,000 (mixed radix over the lists). */
function makeRow(i: number): unknown[] {
  const male = i % 2 === 0;
  const year = 1960 + (Math.floor(i / 2400) % 45);
  const name = `${pick(SURNAMES, i)} ${pick(MIDDLE, Math.floor(i / 10))} ${pick(GIVEN, Math.floor(i / 120))}`;
  return [
    i + 1,
    name,
    male ? 'Nam' : 'Nữ',
    year,
    pick(ETHNIC, i),
    cccdFor(i, male, year),
    `09${String(12345678 + i).padStart(8, '0')}`,
    `canbo${i}@langson.gov.vn`,
    'Chuyên viên',
    `Phòng ${i % 40}, Sở Nội vụ tỉnh Lạng Sơn`,
    'Cử nhân Kinh tế',
    'Trung cấp',
    i % 3 === 0 ? 'x' : '',
    'Cán bộ, công chức, viên chức',
    'Kinh tế',
    i % 5 === 0 ? 'x' : '',
    pick(AWARDS, i),
    'Nông thôn mới',
    pick(RATINGS, i),
    i % 4,
    i % 4 === 1 ? 2 : '',
    i % 4 === 3 ? `Lao động tiên tiến năm 2024, 2025, 2026` : '',
    `Hoàn thành xuất sắc nhiệm vụ được giao năm 2025; chủ trì ${i % 9} sáng kiến cải tiến quy trình công tác.`,
    '',
  ];
}

const bareSchema = z.object({
  fullName: z.string(),
  gender: z.string(),
  birthYear: z.number(),
  ethnicity: z.string(),
  cccd: z.string(),
  phone: z.string(),
  email: z.string(),
  position: z.string(),
  workplace: z.string(),
  education: z.string(),
  politicalTheory: z.string(),
  partyMember: z.string(),
  socialComposition: z.string(),
  sector: z.string(),
  delegate: z.string(),
  award: z.string(),
  movement: z.string(),
  taskRating: z.string(),
  initiatives: z.number(),
  consecutiveYears: z.union([z.number(), z.string()]),
  priorAwards: z.string(),
  achievements: z.string(),
  notes: z.string(),
});

const KEYS = Object.keys(bareSchema.shape);

/** The baseline: each row as a plain object of the same fields, parsed by zod; parsed rows are kept (as
 * validateGrid keeps its rows), so both sides pay for the 50,000 objects they return. */
function bareParse(grid: Grid): unknown[] {
  const parsed: unknown[] = [];
  for (const cells of grid.rows) {
    const obj: Record<string, unknown> = {};
    for (let k = 0; k < KEYS.length; k++) obj[KEYS[k] as string] = cells[k + 1];
    const result = bareSchema.safeParse(obj);
    if (result.success) parsed.push(result.data);
  }
  return parsed;
}

/** Best of `repeats` runs of each, alternating so both see the same machine load. */
function timeBoth(a: () => void, b: () => void, repeats: number): [number, number] {
  let bestA = Number.POSITIVE_INFINITY;
  let bestB = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeats; r++) {
    let start = performance.now();
    a();
    bestA = Math.min(bestA, performance.now() - start);
    start = performance.now();
    b();
    bestB = Math.min(bestB, performance.now() - start);
  }
  return [bestA, bestB];
}

/**
 * The benchmark grid (exported for profiling), round-tripped through JSON as it arrives at the HTTP functions
 * (the add-on posts getValues() as JSON): every cell is its own flat string, as in production.
 */
export function benchGrid(rows = ROWS): Grid {
  const grid: Grid = {
    header: HEADER,
    rows: Array.from({ length: rows }, (_, i) => makeRow(i)),
    firstRow: 6,
  };
  return JSON.parse(JSON.stringify(grid)) as Grid;
}

export async function run(): Promise<void> {
  const grid = benchGrid();
  const context = { kind: 'individual', today: '2026-05-01' } as const;
  const check = validateGrid(grid, context);
  const bareOk = bareParse(grid).length;
  const [fullMs, bareMs] = timeBoth(
    () => validateGrid(grid, context),
    () => bareParse(grid),
    7,
  );
  const fullRate = Math.round((ROWS / fullMs) * 1000);
  const bareRate = Math.round((ROWS / bareMs) * 1000);
  console.log(
    `validateGrid (full checks): ${ROWS} rows in ${fullMs.toFixed(0)} ms = ${fullRate.toLocaleString('en')} rows/s`,
  );
  console.log(
    `  rows ${check.summary.rows}, valid ${check.summary.validRows}, errors ${check.summary.errors}, warnings ${check.summary.warnings}`,
  );
  console.log(
    `bare zod parse (same shape): ${ROWS} rows in ${bareMs.toFixed(0)} ms = ${bareRate.toLocaleString('en')} rows/s (${bareOk} parsed and kept)`,
  );
  console.log(
    `ratio validateGrid / bare zod: ${(fullMs / bareMs).toFixed(2)}× (target ≤ 3×; rows/s target ≥ 100,000)`,
  );
}
