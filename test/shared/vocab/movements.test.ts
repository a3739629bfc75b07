import { describe, expect, it } from 'vitest';
import { MOVEMENTS, movementEntries } from '../../../shared/vocab/movements';

describe('movements', () => {
  it('lets a campaign add and replace movements', () => {
    const entries = movementEntries([
      { code: 'NTM', label: 'Nông thôn mới kiểu mẫu', aliases: [] },
      { code: 'LS_SACH', label: 'Lạng Sơn sạch', aliases: [] },
    ]);
    expect(entries).toHaveLength(MOVEMENTS.length + 1);
    expect(entries.find((m) => m.code === 'NTM')?.label).toBe('Nông thôn mới kiểu mẫu');
    expect(movementEntries()).toHaveLength(MOVEMENTS.length);
  });
});
