// npm run submit: a sample grid file → the submitNominations request its unit's editor would send.
import { describe, expect, it } from 'vitest';
import { BOARD_EMAIL, SEED_CAMPAIGN_ID, unitEmail } from '../../functions/local/seed-data';
import { formatAnswer, parseSubmitArgs } from '../../scripts/submit';

const grid = JSON.stringify({ header: ['STT', 'Họ và tên'], firstRow: 2, rows: [[1, 'Nguyễn Văn A']] });
const read = () => grid;

describe('parseSubmitArgs', () => {
  it('submits a file as the unit its name says, to the seeded campaign, as that unit’s editor', () => {
    const args = parseSubmitArgs(['examples/grids/so-noi-vu.json'], read);
    expect(args).toMatchObject({
      url: 'http://127.0.0.1:8080',
      user: unitEmail('so-noi-vu'),
      request: { campaignId: SEED_CAMPAIGN_ID, unitId: 'so-noi-vu', kind: 'individual' },
    });
    expect(args.request.grid).toEqual(JSON.parse(grid));
  });

  it('derives the submission key from the content, so the same file is a replay', () => {
    const a = parseSubmitArgs(['a/so-y-te.json'], read).request.submissionKey;
    expect(parseSubmitArgs(['b/so-y-te.json'], read).request.submissionKey).toBe(a);
    expect(parseSubmitArgs(['a/so-y-te.json', '--kind', 'collective'], read).request.submissionKey).not.toBe(
      a,
    );
    expect(a).toMatch(/^file-[0-9a-f]{24}$/);
  });

  it('takes the unit, campaign, user and url from flags, and names its usage without a file', () => {
    const args = parseSubmitArgs(
      ['x.json', '--unit', 'so-y-te', '--campaign', 'c2', '--user', BOARD_EMAIL, '--url', 'http://h:1'],
      read,
    );
    expect(args).toMatchObject({
      url: 'http://h:1',
      user: BOARD_EMAIL,
      request: { campaignId: 'c2', unitId: 'so-y-te' },
    });
    expect(() => parseSubmitArgs([], read)).toThrow(/^Cách dùng/);
  });
});

describe('formatAnswer', () => {
  it('prints the version, the counts and each issue in Vietnamese, or the coded refusal', () => {
    const text = formatAnswer(200, {
      version: 2,
      replayed: false,
      summary: { rows: 3, errors: 1, warnings: 0 },
      issues: [
        { row: 3, column: 2, severity: 'error', message: 'Thiếu họ và tên.' },
        { row: 4, column: 0, severity: 'warning', message: 'Dòng trùng.' },
      ],
    });
    expect(text).toBe(
      'Đã nhận phiên bản 2: 3 dòng, 1 lỗi, 0 cảnh báo.\n  ô B3 – lỗi: Thiếu họ và tên.\n  ô 4:4 – cảnh báo: Dòng trùng.',
    );
    expect(formatAnswer(409, { error: { code: 'DEADLINE_PASSED', message: 'Đã quá hạn.' } })).toBe(
      'HTTP 409 DEADLINE_PASSED: Đã quá hạn.',
    );
  });
});
