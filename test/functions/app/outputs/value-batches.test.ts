// valueBatches: the values of a sheet write cut into request bodies under a byte limit, order and content kept; a
// range too large for one request is cut into ranges of consecutive rows.
import { describe, expect, it } from 'vitest';
import type { ValueRange } from '../../../../functions/app/outputs/master-sheet-plan';
import { valueBatches } from '../../../../functions/app/outputs/value-batches';

const rows = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => [i + 1, `${tag} Nguyễn Thị Ánh ${i}`, 'Cá nhân']);

const bodyBytes = (batch: ValueRange[]) =>
  Buffer.byteLength(
    JSON.stringify({
      valueInputOption: 'RAW',
      data: batch.map((d) => ({ range: d.range, majorDimension: 'ROWS', values: d.values })),
    }),
    'utf8',
  );

describe('valueBatches', () => {
  it('keeps small writes in one batch, as given', () => {
    const data = [
      { range: "'Tổng hợp'!A1:C3", values: rows(3, 'a') },
      { range: "'Thay đổi'!A1:C2", values: rows(2, 'b') },
    ];
    expect(valueBatches(data)).toEqual([data]);
  });

  it('cuts a large range into consecutive row ranges, every body under the limit, rows in order', () => {
    const data = [
      { range: "'Tổng hợp'!A1:C2000", values: rows(2000, 'a') },
      { range: "'Theo đơn vị'!A1:C300", values: rows(300, 'b') },
    ];
    const batches = valueBatches(data, 20_000);
    expect(batches.length).toBeGreaterThan(4);
    for (const batch of batches) expect(bodyBytes(batch)).toBeLessThanOrEqual(20_000);
    const pieces = batches.flat();
    const first = pieces.filter((p) => p.range.startsWith("'Tổng hợp'!"));
    expect(first.flatMap((p) => p.values)).toEqual(data[0]?.values);
    expect(pieces.filter((p) => p.range.startsWith("'Theo đơn vị'!")).flatMap((p) => p.values)).toEqual(
      data[1]?.values,
    );
    let next = 1;
    for (const piece of first) {
      const m = /!A(\d+):C(\d+)$/.exec(piece.range);
      expect(Number(m?.[1])).toBe(next);
      expect(Number(m?.[2])).toBe(next + piece.values.length - 1);
      next += piece.values.length;
    }
    expect(next).toBe(2001);
  });
});
