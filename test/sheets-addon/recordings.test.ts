// Recordings cannot go stale: every case is played again against a fresh local stack and its status and answer
// shape (keys and value types, not values) must equal the recorded file's. Re-record with
// `node --import tsx test/sheets-addon/support/record.ts` when a function's answer changes on purpose.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fileOf,
  RECORDED_DIR,
  RECORDING_CASES,
  type Recording,
  readRecording,
  recordAll,
  shapeOf,
} from './support/recordings';
import { type ChildStack, startChildStack } from './support/stack-child';

let stack: ChildStack;
let fresh: Recording[] = [];

beforeAll(async () => {
  stack = await startChildStack();
  fresh = await recordAll(stack.url);
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

describe('recorded server answers', () => {
  it('has one file per case and no file without a case', () => {
    const expected = RECORDING_CASES.map((c) =>
      fileOf(c.function, c.case).slice(RECORDED_DIR.length + 1),
    ).sort();
    expect(readdirSync(RECORDED_DIR).sort()).toEqual(expected);
  });

  it.each(RECORDING_CASES.map((c) => [`${c.function}-${c.case}`, c] as const))(
    '%s: status and shape match a fresh recording',
    (_name, c) => {
      const stored = readRecording(c.function, c.case);
      const now = fresh.find((r) => r.function === c.function && r.case === c.case);
      expect(now?.status).toBe(stored.status);
      expect(shapeOf(now?.body)).toEqual(shapeOf(stored.body));
      expect(shapeOf(now?.request.body)).toEqual(shapeOf(stored.request.body));
    },
  );

  it('shapeOf tells a changed answer apart (renamed key, other type)', () => {
    expect(shapeOf({ files: [{ url: 'x' }] })).not.toEqual(shapeOf({ files: [{ contentBase64: 'x' }] }));
    expect(shapeOf({ version: 1 })).not.toEqual(shapeOf({ version: '1' }));
    expect(shapeOf({ a: [1, 2], b: 'x' })).toEqual(shapeOf({ b: 'y', a: [3] }));
  });
});
