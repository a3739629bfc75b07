// The campaign's publicNotice setting (adminCampaign) and the public comment form, as their schemas accept them.
import { describe, expect, it } from 'vitest';
import { campaignConfigSchema, campaignPatchSchema } from '../../../shared/api/admin-campaign';
import { noticeCommentFormSchema } from '../../../shared/api/public-notice';

const FROM = '2026-12-01T08:00:00+07:00';
const TO = '2026-12-11T08:00:00+07:00';

describe('campaign publicNotice', () => {
  it('takes a period with the default state "approved", optional texts, and null to remove it', () => {
    const patch = campaignPatchSchema.parse({ publicNotice: { from: FROM, to: TO, intro: 'Lời dẫn' } });
    expect(patch.publicNotice).toEqual({ from: FROM, to: TO, states: ['approved'], intro: 'Lời dẫn' });
    expect(campaignPatchSchema.parse({ publicNotice: null }).publicNotice).toBeNull();
    const stored = campaignConfigSchema.parse({
      title: 'Đợt',
      eventKind: 'khac',
      deadline: FROM,
      publicNotice: { from: FROM, to: TO, states: ['approved', 'awarded'] },
    });
    expect(stored.publicNotice?.states).toEqual(['approved', 'awarded']);
  });

  it('refuses an end not after the start, a date without offset, an unknown state or field', () => {
    const paths = (value: unknown) => {
      const parsed = campaignPatchSchema.safeParse({ publicNotice: value });
      return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ from: TO, to: FROM })).toEqual(['publicNotice.to']);
    expect(paths({ from: FROM, to: FROM })).toEqual(['publicNotice.to']);
    expect(paths({ from: '2026-12-01', to: TO })).toEqual(['publicNotice.from']);
    expect(paths({ from: FROM, to: TO, states: ['pending'] })).toEqual(['publicNotice.states.0']);
    expect(paths({ from: FROM, to: TO, states: [] })).toEqual(['publicNotice.states']);
  });
});

describe('noticeCommentFormSchema', () => {
  it('trims, turns empty optional fields into absent ones, bounds every field', () => {
    expect(
      noticeCommentFormSchema.parse({ text: '  Ý kiến ', name: ' ', contact: '', nomineeId: '' }),
    ).toEqual({
      text: 'Ý kiến',
    });
    expect(noticeCommentFormSchema.safeParse({ text: ' ' }).success).toBe(false);
    expect(noticeCommentFormSchema.safeParse({}).success).toBe(false);
    expect(noticeCommentFormSchema.safeParse({ text: 'x'.repeat(4000) }).success).toBe(true);
    expect(noticeCommentFormSchema.safeParse({ text: 'x'.repeat(4001) }).success).toBe(false);
    expect(noticeCommentFormSchema.safeParse({ text: 'x', contact: 'c'.repeat(201) }).success).toBe(false);
    expect(noticeCommentFormSchema.safeParse({ text: 'x', website: 'w'.repeat(501) }).success).toBe(false);
  });
});
