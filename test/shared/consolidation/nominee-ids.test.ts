import { describe, expect, it } from 'vitest';
import { assignNomineeIds } from '../../../shared/consolidation/nominee-ids';
import type { MasterVersion } from '../../../shared/consolidation/types';

const member = (memberKey: string, identityKey: string) => ({ memberKey, identityKey });

describe('assignNomineeIds', () => {
  it('derives ids from the smallest identity key, whatever the order of components', () => {
    const a = {
      kind: 'individual' as const,
      members: [member('B|i|n|an|1980', 'i|n|an|1980'), member('A|i|c|1', 'i|c|1')],
    };
    const b = { kind: 'collective' as const, members: [member('A|c|x', 'c|x|-')] };
    const ids = assignNomineeIds([a, b]);
    expect(assignNomineeIds([b, a])).toEqual([ids[1], ids[0]]);
    expect(ids[0]).toMatch(/^i-/);
    expect(ids[1]).toMatch(/^c-/);
  });

  it('gives distinct ids to components with the same identity key (kept apart by the board)', () => {
    const ids = assignNomineeIds([
      { kind: 'individual', members: [member('A|i|n|an|1980', 'i|n|an|1980')] },
      { kind: 'individual', members: [member('B|i|n|an|1980', 'i|n|an|1980')] },
    ]);
    expect(new Set(ids).size).toBe(2);
  });

  it('reuses the previous id of a member key, once', () => {
    const previous = {
      entries: [{ nomineeId: 'i-old', sources: [{ memberKey: 'A|k' }, { memberKey: 'B|k' }] }],
    } as unknown as MasterVersion;
    const ids = assignNomineeIds(
      [
        { kind: 'individual', members: [member('A|k', 'i|c|9')] },
        { kind: 'individual', members: [member('B|k', 'i|c|8')] },
      ],
      previous,
    );
    expect(ids[0]).toBe('i-old');
    expect(ids[1]).not.toBe('i-old');
  });
});
