import { describe, expect, it } from 'vitest';
import {
  collectiveNominationSchema,
  individualNominationSchema,
  nominationRowSchema,
} from '../../../shared/schema/nomination';

describe('nomination schemas', () => {
  it('accept well-formed data and reject wrong types or unknown keys', () => {
    expect(
      individualNominationSchema.safeParse({
        fullName: 'Nguyễn Văn An',
        gender: 'male',
        cccd: '020085001234',
      }).success,
    ).toBe(true);
    expect(
      individualNominationSchema.safeParse({ fullName: 'Nguyễn Văn An', cccd: '2008500123' }).success,
    ).toBe(false);
    expect(individualNominationSchema.safeParse({ fullName: 'Nguyễn Văn An', gender: 'nam' }).success).toBe(
      false,
    );
    expect(individualNominationSchema.safeParse({ gender: 'male' }).success).toBe(false);
    expect(individualNominationSchema.safeParse({ fullName: 'A B', memberCount: 3 }).success).toBe(false);
    expect(
      collectiveNominationSchema.safeParse({ collectiveName: 'Phòng A', memberCount: 3, award: 'TTLDXS' })
        .success,
    ).toBe(true);
    expect(collectiveNominationSchema.safeParse({ collectiveName: 'Phòng A', memberCount: -1 }).success).toBe(
      false,
    );
  });

  it('discriminates rows by kind', () => {
    const row = { sheetRow: 6, kind: 'collective', valid: true, data: { collectiveName: 'Phòng A' } };
    expect(nominationRowSchema.safeParse(row).success).toBe(true);
    expect(nominationRowSchema.safeParse({ ...row, kind: 'individual' }).success).toBe(false);
  });
});
