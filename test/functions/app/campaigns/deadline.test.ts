import { describe, expect, it } from 'vitest';
import { acceptance, daysToDeadline } from '../../../../functions/app/campaigns/deadline';
import type { CampaignRecord } from '../../../../functions/app/ports';
import { localDate } from '../../../../shared/text/dates';

const campaign = (over: Partial<CampaignRecord> = {}): CampaignRecord => ({
  id: 'c',
  title: 't',
  eventKind: 'khac',
  deadline: '2026-06-30T17:00:00+07:00',
  timeZone: 'Asia/Ho_Chi_Minh',
  graceMinutes: 30,
  open: true,
  awards: [],
  quotas: {},
  rules: {},
  createdAt: '',
  updatedAt: '',
  ...over,
});

describe('deadline', () => {
  it('dates instants in the campaign time zone', () => {
    expect(localDate(new Date('2026-06-30T18:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-07-01');
  });

  it('counts calendar days to the deadline in the campaign time zone', () => {
    expect(daysToDeadline(campaign(), new Date('2026-06-28T20:00:00Z'))).toBe(1);
    expect(daysToDeadline(campaign(), new Date('2026-07-02T03:00:00Z'))).toBe(-2);
  });

  it('accepts on time, late within grace, then refuses; closed refuses always', () => {
    expect(acceptance(campaign(), new Date('2026-06-30T10:00:00Z'))).toBe('on-time');
    expect(acceptance(campaign(), new Date('2026-06-30T10:20:00Z'))).toBe('late');
    expect(acceptance(campaign(), new Date('2026-06-30T10:31:00Z'))).toBe('refused-deadline');
    expect(acceptance(campaign({ open: false }), new Date('2026-01-01T00:00:00Z'))).toBe('refused-closed');
  });
});
