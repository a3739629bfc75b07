// "Mở vòng biểu quyết" and "Đóng vòng và kiểm phiếu" in the built Code.js, on recorded answers of the real voteRound
// (open, status, close, minutes): what is sent, what the board is told, the minutes saved to the campaign folder.
import { describe, expect, it } from 'vitest';
import { json } from '../../../fakes/apps-script/url-fetch';
import { readRecording, replay, replayRoutes } from '../../support/recordings';
import { addon, connect } from '../../support/world';

const byAction = (body: unknown) => {
  const action = (body as { action?: string }).action ?? '';
  return replay('voteRound', action);
};

describe('board: voting rounds', () => {
  it('opens a round on the approved entries when no row of “Tổng hợp” is selected, after a confirmation', async () => {
    const a = await addon({ fetch: replayRoutes({ voteRound: byAction }) });
    connect(a);
    a.spreadsheet.insertSheet('Trang tính1').activate();
    a.call('menuOpenVoteRound');
    const sent = a.urlFetch.requests
      .filter((r) => r.url.endsWith('/voteRound'))
      .map((r) => JSON.parse(r.body));
    expect(sent).toEqual([{ campaignId: 'ls-dhtt-2026', action: 'open' }]);
    const round = (readRecording('voteRound', 'open').body as { round: { nominees: unknown[] } }).round;
    expect(a.ui._notices().at(-1)).toContain(
      `Đã mở Xét đề nghị khen thưởng năm 2026: ${round.nominees.length} trường hợp, 2 thành viên Hội đồng.`,
    );
  });

  it('sends the selected rows’ nominee ids; sends nothing when the board answers No', async () => {
    const a = await addon({ fetch: replayRoutes({ voteRound: byAction }) });
    connect(a);
    const tab = a.spreadsheet.insertSheet('Tổng hợp');
    tab._fill([
      ['STT', 'Họ và tên', 'Mã hồ sơ'],
      [1, 'Nguyễn Văn An', 'i-aaaa'],
      [2, 'Trần Thị Bình', 'i-bbbb'],
      [3, 'Lê Văn Cường', 'i-cccc'],
    ]);
    tab.activate();
    tab.setActiveRange(tab.getRange(2, 1, 2, 2));
    a.ui.alertAnswers.push('NO');
    a.call('menuOpenVoteRound');
    expect(a.urlFetch.requests.filter((r) => r.url.endsWith('/voteRound'))).toEqual([]);
    a.call('menuOpenVoteRound');
    const sent = a.urlFetch.requests
      .filter((r) => r.url.endsWith('/voteRound'))
      .map((r) => JSON.parse(r.body));
    expect(sent).toEqual([{ campaignId: 'ls-dhtt-2026', action: 'open', nomineeIds: ['i-aaaa', 'i-bbbb'] }]);
  });

  it('closes the open round, then saves the biên bản kiểm phiếu into the campaign folder', async () => {
    const a = await addon({ fetch: replayRoutes({ voteRound: byAction }) });
    connect(a);
    a.call('menuCloseVoteRound');
    const actions = a.urlFetch.requests
      .filter((r) => r.url.endsWith('/voteRound'))
      .map((r) => (JSON.parse(r.body) as { action: string }).action);
    expect(actions).toEqual(['status', 'close', 'minutes']);
    const page = a.ui.sidebars.at(-1)?._payload() as {
      title: string;
      intro: string;
      links: { label: string }[];
    };
    expect(page.title).toBe('Xét đề nghị khen thưởng năm 2026: 0 đạt, 2 không đạt');
    expect(page.intro).toContain('Ngưỡng: ngưỡng mặc định, chưa đối chiếu văn bản.');
    expect(page.links.map((l) => l.label)).toEqual([
      'BIÊN BẢN KIỂM PHIẾU Biểu quyết của Hội đồng Thi đua – Khen thưởng — Xét đề nghị khen thưởng năm 2026',
    ]);
  });

  it('says so when no round is open', async () => {
    const closed = readRecording('voteRound', 'close').body;
    const a = await addon({
      fetch: replayRoutes({ voteRound: () => json(200, { ...(closed as object), action: 'status' }) }),
    });
    connect(a);
    a.call('menuCloseVoteRound');
    expect(a.ui._notices().at(-1)).toContain('Không có vòng biểu quyết nào đang mở.');
  });
});
