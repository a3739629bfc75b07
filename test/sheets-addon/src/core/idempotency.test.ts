import { describe, expect, it } from 'vitest';
import { submissionKeySchema } from '../../../../shared/api/ids';
import { bytesToHex, chooseSubmissionKey, parsePending } from '../../../../sheets-addon/src/core/idempotency';

const hash = 'ab'.repeat(32);

describe('chooseSubmissionKey', () => {
  it('reuses the pending key for the same content and makes a new one for other content', () => {
    const first = chooseSubmissionKey(hash, null, () => '1111-2222-3333-4444-5555', 'now');
    expect(submissionKeySchema.safeParse(first.key).success).toBe(true);
    expect(chooseSubmissionKey(hash, first, () => 'other', 'later')).toBe(first);
    const other = chooseSubmissionKey('cd'.repeat(32), first, () => '9999-8888-7777', 'later');
    expect(other.key).not.toBe(first.key);
  });

  it('reads back only well-formed pending records', () => {
    expect(parsePending('{"hash":"a","key":"b","at":"c"}')).toEqual({ hash: 'a', key: 'b', at: 'c' });
    expect(parsePending('{"hash":1}')).toBeNull();
    expect(parsePending('not json')).toBeNull();
    expect(parsePending(null)).toBeNull();
  });

  it('turns Java signed bytes into hex', () => {
    expect(bytesToHex([0, 15, -1, -128, 127])).toBe('000fff807f');
  });
});
