// Master entries → grid → validateGrid gives the entries' data back: what sendUp / carryForward submit is read by
// the receiving campaign exactly as the sending campaign held it.
import { describe, expect, it } from 'vitest';
import { entryGrid, provenanceOf } from '../../../../functions/app/campaigns/entry-grid';
import { gridValidator } from '../../../../functions/validator';
import { parseProvenance } from '../../../../shared/consolidation/provenance';
import { NOMINEE_FIELD_KEYS } from '../../../../shared/consolidation/types';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';

describe('entryGrid', () => {
  for (const kind of ['individual', 'collective'] as const)
    it(`round-trips the ${kind} entries of a master version through validation`, () => {
      const master = sampleMaster({ version: 2 });
      const entries = master.entries.filter((e) => e.kind === kind);
      expect(entries.length).toBeGreaterThan(0);
      const rows = entries.map((entry) => ({
        entry,
        award: entry.award,
        notes: 'Ghi chú của Ban',
        provenance: provenanceOf('ls-2026', 2, entry),
      }));
      const grid = entryGrid(kind, rows, 'Gửi lên cấp trên');
      const outcome = gridValidator(grid, { kind, today: '2026-03-01', rules: { checkEligibility: false } });
      const errors = outcome.issues.filter((i) => i.severity === 'error');
      expect(errors).toEqual([]);
      expect(outcome.rows.map((r) => r.sheetRow)).toEqual(entries.map((_, i) => i + 2));
      outcome.rows.forEach((row, i) => {
        const entry = entries[i] as unknown as Record<string, unknown>;
        const data = row.data as Record<string, unknown>;
        // Text is cleaned on the way in (the fixture has an achievement typed with a leading tab).
        const clean = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
        for (const key of NOMINEE_FIELD_KEYS)
          if (key !== 'notes' && entry[key] !== undefined)
            expect([key, data[key]]).toEqual([key, clean(entry[key])]);
        expect(data.notes).toBe('Ghi chú của Ban');
        expect(parseProvenance(data.sourceRef)?.nomineeId).toBe(entry.nomineeId);
      });
    });
});
