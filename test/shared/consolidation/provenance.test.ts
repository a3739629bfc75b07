import { describe, expect, it } from 'vitest';
import { formatProvenance, parseProvenance } from '../../../shared/consolidation/provenance';

const ref = {
  campaignId: 'ls-dhtd-2026',
  masterVersion: 3,
  nomineeId: 'i-0a1b2c3d4e5f',
  rows: [
    { unitId: 'dv-01', kind: 'individual' as const, sheetRow: 2 },
    { unitId: 'x-tan-thanh', kind: 'collective' as const, sheetRow: 14 },
  ],
};

describe('provenance in sourceRef', () => {
  it('round-trips', () => {
    const text = formatProvenance(ref);
    expect(text).toBe('tv1|ls-dhtd-2026|3|i-0a1b2c3d4e5f|dv-01:i:2;x-tan-thanh:c:14');
    expect(parseProvenance(text)).toEqual(ref);
    expect(parseProvenance(formatProvenance({ ...ref, rows: [] }))).toEqual({ ...ref, rows: [] });
  });

  it('ignores what it did not write', () => {
    for (const text of [
      undefined,
      12,
      'ghi chú',
      'tv2|a|1|n|dv:i:2',
      'tv1|a|0|n|dv:i:2',
      'tv1|a|1|n|dv:x:2',
      'tv1|a|1|n|dv:i:0',
      'tv1|a b|1|n|',
      'tv1|a|1|n|dv:i:2|extra',
    ])
      expect(parseProvenance(text)).toBeUndefined();
  });
});
