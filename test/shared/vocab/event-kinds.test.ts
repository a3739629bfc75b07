import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../../shared/api/admin-campaign';
import type { CampaignRules } from '../../../shared/schema/campaign-rules';
import { templateColumns } from '../../../shared/schema/fields';
import {
  EVENT_KIND_SPECS,
  eventKindSpec,
  rulesForEvent,
  templateColumnsFor,
} from '../../../shared/vocab/event-kinds';

describe('event kinds', () => {
  it('has a spec for every kind, in NFC', () => {
    for (const kind of EVENT_KINDS) {
      const spec = EVENT_KIND_SPECS[kind];
      expect(spec.event).toBe(spec.event.normalize('NFC'));
      expect(spec.event).toBe(spec.event.toLocaleUpperCase('vi'));
    }
    expect(eventKindSpec(undefined).event).toBe('HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN');
  });

  it('gives default rules under the campaign’s own', () => {
    expect(rulesForEvent('dai-hoi-thi-dua-yeu-nuoc', {})).toEqual({
      delegateMustHoldAward: true,
      dossierChecklist: { delegate: ['QDKT'] },
    });
    expect(rulesForEvent('dai-hoi-thi-dua-yeu-nuoc', { delegateMustHoldAward: false })).toEqual({
      delegateMustHoldAward: false,
      dossierChecklist: { delegate: ['QDKT'] },
    });
    expect(rulesForEvent('hoi-nghi-dien-hinh-tien-tien', { evaluationYear: 2025 })).toEqual({
      evaluationYear: 2025,
    });
    expect(rulesForEvent<CampaignRules>('bieu-duong-nguoi-tot-viec-tot', {}).defaultProposal).toBe(
      'honoured',
    );
  });

  it('gives the enterprise good and creative workers list its columns; others keep every field', () => {
    const keys = templateColumnsFor('individual', 'bieu-duong-lao-dong-gioi-sang-tao').map((c) => c.key);
    expect(keys.slice(0, 2)).toEqual(['seq', 'fullName']);
    expect(keys).toEqual(expect.arrayContaining(['initiatives', 'initiativeScope', 'directLabourer']));
    expect(keys).not.toContain('priorAwardDecision');
    expect(templateColumnsFor('individual', 'hoi-nghi-dien-hinh-tien-tien')).toEqual(
      templateColumns('individual'),
    );
    for (const kind of EVENT_KINDS)
      for (const list of ['individual', 'collective'] as const) {
        const columns = EVENT_KIND_SPECS[kind].columns?.[list] ?? [];
        expect(templateColumnsFor(list, kind).length).toBe(
          columns.length === 0 ? templateColumns(list).length : columns.length + 1,
        );
      }
  });

  it('never puts the internal sourceRef column in a template', () => {
    expect(templateColumns('individual').map((c) => c.key)).not.toContain('sourceRef');
  });
});
