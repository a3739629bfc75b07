import { describe, expect, it } from 'vitest';
import { DateIds, FirstRows, NONE, WorkplaceIds } from '../../../shared/consolidation/value-ids';

describe('value ids', () => {
  it('gives ISO dates their YYYYMMDD value and other texts distinct ids below NONE', () => {
    const dates = new DateIds();
    expect(dates.idOf('1980-02-03')).toBe(19800203);
    expect(dates.idOf('0000-00-00')).toBe(0);
    const odd = dates.idOf('3/2/1980');
    expect(odd).toBeLessThan(NONE);
    expect(dates.idOf('3/2/1980')).toBe(odd);
    expect(dates.idOf('1980-02-0x')).not.toBe(odd);
    expect(dates.idOf('1980-02-0x')).toBeLessThan(NONE);
  });

  it('compares workplaces case-insensitively', () => {
    const workplaces = new WorkplaceIds();
    expect(workplaces.idOf('Sở Y tế')).toBe(workplaces.idOf('SỞ Y TẾ'));
    expect(workplaces.idOf('Sở Y tế')).not.toBe(workplaces.idOf('Sở Tư pháp'));
  });

  it('names a value by the first row that held it', () => {
    const cccds = new FirstRows();
    expect([cccds.idOf('001', 4), cccds.idOf('002', 7), cccds.idOf('001', 9)]).toEqual([4, 7, 4]);
  });
});
