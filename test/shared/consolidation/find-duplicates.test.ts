import { describe, expect, it } from 'vitest';
import { type DuplicateInputRow, findDuplicates } from '../../../shared/consolidation/find-duplicates';
import type { NomineeFields } from '../../../shared/consolidation/types';

function person(memberKey: string, data: NomineeFields): DuplicateInputRow {
  return { kind: 'individual', data, memberKey };
}

function collective(memberKey: string, collectiveName: string, workplace?: string): DuplicateInputRow {
  return {
    kind: 'collective',
    data: workplace ? { collectiveName, workplace } : { collectiveName },
    memberKey,
  };
}

function verdict(a: DuplicateInputRow, b: DuplicateInputRow) {
  const result = findDuplicates([a, b]);
  return { merged: result.nominee[0] === result.nominee[1], group: result.groups[0] };
}

const AN = { fullName: 'Nguyễn Văn An', birthYear: 1980, gender: 'male' } as const;

describe('findDuplicates: the reasons', () => {
  it.each([
    [
      'same CCCD, names far apart',
      { ...AN, cccd: '001080012345' },
      { fullName: 'Nguyễn V. ANX', cccd: '001080012345' },
      'DUP_SAME_CCCD',
      'exact',
    ],
    [
      'same name, birth date and workplace',
      { ...AN, birthDate: '1980-02-03', workplace: 'Sở Y tế' },
      { ...AN, birthDate: '1980-02-03', workplace: 'Sở Y tế' },
      'DUP_SAME_NAME_BIRTH_WORKPLACE',
      'exact',
    ],
    [
      'same folded name and year',
      AN,
      { ...AN, workplace: 'Sở Y tế' },
      'DUP_SAME_NAME_BIRTH_YEAR',
      'probable',
    ],
    [
      'one side without birth year',
      AN,
      { fullName: 'Nguyễn Văn An' },
      'DUP_SAME_NAME_BIRTH_YEAR',
      'probable',
    ],
    ['accents missing', AN, { ...AN, fullName: 'Nguyen Van An' }, 'DUP_NAME_ACCENTS', 'probable'],
    ['accents differ', AN, { ...AN, fullName: 'Nguyễn Văn Ân' }, 'DUP_NAME_ACCENTS', 'probable'],
    [
      'one typo, same birth date',
      { ...AN, birthDate: '1980-02-03' },
      { ...AN, fullName: 'Nguyễn Văn Ann', birthDate: '1980-02-03' },
      'DUP_NAME_TYPO',
      'probable',
    ],
    [
      'swapped given names, same workplace',
      { ...AN, workplace: 'Sở Y tế' },
      { ...AN, fullName: 'Nguyễn An Văn', workplace: 'Sở Y tế' },
      'DUP_NAME_SWAPPED',
      'probable',
    ],
    [
      'family name last, same birth date',
      { ...AN, birthDate: '1980-02-03' },
      { ...AN, fullName: 'Văn An Nguyễn', birthDate: '1980-02-03' },
      'DUP_NAME_SWAPPED',
      'probable',
    ],
  ] as const)('%s', (_label, a, b, code, kind) => {
    const { merged, group } = verdict(person('u1|a', a), person('u2|b', b));
    expect(merged).toBe(true);
    expect(group?.reasons).toContain(code);
    expect(group?.exact).toBe(kind === 'exact');
  });

  it('swapped given names alone are proposed for review, not merged (often two real names)', () => {
    const { merged, group } = verdict(
      person('u1|a', { ...AN, fullName: 'Nguyễn Minh Đức' }),
      person('u2|b', { ...AN, fullName: 'Nguyễn Đức Minh' }),
    );
    expect(merged).toBe(false);
    expect(group?.reasons).toContain('DUP_NAME_SWAPPED');
    expect(group?.score).toBeLessThan(0.75);
  });

  it.each([
    ['abbreviated words', 'Phòng Tài chính – Kế hoạch', 'Phòng TC-KH'],
    ['hyphen instead of dash', 'Phòng Tài chính – Kế hoạch', 'Phòng Tài chính - Kế hoạch'],
    ['without its prefix', 'Phòng Tài chính – Kế hoạch', 'Tài chính – Kế hoạch'],
    ['UBND / Ủy ban nhân dân', 'Ủy ban nhân dân xã Tân Lập', 'UBND xã Tân Lập'],
    ['THCS / Trung học cơ sở', 'Trường Trung học cơ sở Lê Lợi', 'Trường THCS Lê Lợi'],
    ['abbreviation without prefix', 'Trường Trung học cơ sở Lê Lợi', 'THCS Lê Lợi'],
  ])('collective: %s', (_label, a, b) => {
    const { merged, group } = verdict(
      collective('u1|a', a, 'UBND xã Tân Lập'),
      collective('u2|b', b, 'UBND xã Tân Lập'),
    );
    expect(merged).toBe(true);
    expect(group?.reasons.some((r) => r === 'DUP_COLLECTIVE_NAME' || r === 'DUP_SAME_COLLECTIVE')).toBe(true);
  });
});

describe('findDuplicates: near-misses stay apart', () => {
  it.each([
    ['namesakes with different birth years', AN, { ...AN, birthYear: 1983 }],
    [
      'father and son',
      { ...AN, birthYear: 1955, cccd: '001055000001' },
      { ...AN, birthYear: 1982, cccd: '001082000002' },
    ],
    ['different CCCD, same name and year', { ...AN, cccd: '001080000001' }, { ...AN, cccd: '001080000002' }],
    ['different genders', AN, { ...AN, gender: 'female' }],
    ['one typo without birth date or workplace in common', AN, { ...AN, fullName: 'Nguyễn Văn Anh' }],
    [
      'different birth dates in the same year',
      { ...AN, birthDate: '1980-01-01' },
      { ...AN, birthDate: '1980-09-09' },
    ],
  ] as const)('%s', (_label, a, b) => {
    expect(verdict(person('u1|a', a), person('u2|b', b)).merged).toBe(false);
  });

  it('does not let a row without birth data bridge a father and his son', () => {
    const rows = [
      person('u1|f', { ...AN, birthYear: 1955 }),
      person('u2|x', { fullName: 'Nguyễn Văn An' }),
      person('u3|s', { ...AN, birthYear: 1982 }),
    ];
    const { nominee } = findDuplicates(rows);
    expect(nominee[0]).not.toBe(nominee[2]);
  });

  it('keeps collectives of different parent units or prefixes apart', () => {
    expect(
      verdict(collective('a', 'Phòng Kinh tế', 'UBND xã A'), collective('b', 'Phòng Kinh tế', 'UBND xã B'))
        .merged,
    ).toBe(false);
    expect(
      verdict(collective('a', 'Phòng Văn hóa', 'UBND xã A'), collective('b', 'Ban Văn hóa', 'UBND xã A'))
        .merged,
    ).toBe(false);
    expect(
      verdict(collective('a', 'Tổ Toán Tin', 'Trường A'), collective('b', 'Tổ Tiếng Trung', 'Trường A'))
        .merged,
    ).toBe(false);
  });

  it('lists but does not merge a low-score probable match (same name and year, conflicting dates bridged by none)', () => {
    const result = findDuplicates([
      person('u1|a', { ...AN, birthDate: '1980-01-01' }),
      person('u2|b', { ...AN, birthDate: '1980-09-09' }),
    ]);
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]?.score).toBe(0.5);
    expect(result.nominee).toEqual([0, 1]);
  });
});

describe('findDuplicates: board decisions', () => {
  const a = person('u1|a', { ...AN, birthDate: '1980-01-01' });
  const b = person('u2|b', { ...AN, birthDate: '1980-09-09' });
  const c = person('u3|c', AN);

  it("merges on 'same' and records the decision on the group", () => {
    const result = findDuplicates([a, b], {
      decisions: [{ memberKeys: ['u1|a', 'u2|b'], decision: 'same' }],
    });
    expect(result.nominee).toEqual([0, 0]);
    expect(result.groups[0]?.decision).toBe('same');
  });

  it("keeps apart on 'different', even a probable match above the merge score", () => {
    const result = findDuplicates([a, c], {
      decisions: [{ memberKeys: ['u3|c', 'u1|a'], decision: 'different' }],
    });
    expect(result.nominee).toEqual([0, 1]);
    expect(result.groups[0]?.decision).toBe('different');
  });

  it('applies decisions by member key, whatever the row order', () => {
    const decisions = [{ memberKeys: ['u1|a', 'u3|c'], decision: 'different' as const }];
    const result = findDuplicates([person('u9|z', { fullName: 'Lê Thị Hoa', birthYear: 1990 }), c, a], {
      decisions,
    });
    expect(result.nominee[1]).not.toBe(result.nominee[2]);
  });

  it('asks again when a new member joins a decided group', () => {
    const decisions = [{ memberKeys: ['u1|a', 'u3|c'], decision: 'different' as const }];
    const result = findDuplicates([a, c, person('u4|d', { ...AN, workplace: 'Sở Y tế' })], { decisions });
    expect(result.groups[0]?.decision).toBeUndefined();
  });
});
