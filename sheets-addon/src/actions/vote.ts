// Council vote in the add-on. A council member: "Phiếu biểu quyết (Hội đồng)" opens the ballot sidebar (the open
// round's nominees, đồng ý / không đồng ý per row, the saved ballot); "Gửi phiếu" casts the whole ballot. The board:
// "Mở vòng biểu quyết" (the selected rows of "Tổng hợp", else every approved entry) and "Đóng vòng và kiểm phiếu"
// (close, tally into the review states, the biên bản kiểm phiếu saved to the campaign's Drive folder).
import type { CastBallotResponse, VoteChoice } from '../../../shared/api/votes';
import { readBallot, sendBallot, voteRoundCall } from '../api/vote-api';
import { AddonError } from '../core/errors';
import { reviewColumns } from '../core/review-diff';
import { campaignFolder, saveBase64File } from '../drive/campaign-folder';
import { readSettings, requireConnection } from '../settings/document-settings';
import { activeSpreadsheet } from '../sheet/spreadsheet';
import { alertUser, confirmUser } from '../ui/dialogs';
import { showSidebar } from '../ui/sidebar';

const connection = () => requireConnection(readSettings());
const MASTER_TAB = 'Tổng hợp';

export interface BallotPage {
  round: {
    round: number;
    title: string;
    closesAt: string;
    open: boolean;
    nominees: Array<{ nomineeId: string; name: string; units: string; award: string; achievements: string }>;
  } | null;
  /** nomineeId → saved choice. */
  saved: Record<string, VoteChoice>;
  version: number;
  castAt: string;
}

export function ballotPage(answer: CastBallotResponse): BallotPage {
  const round = answer.round;
  return {
    round: round && {
      round: round.round,
      title: round.title,
      closesAt: round.closesAt ?? '',
      open: round.state === 'open',
      nominees: round.nominees.map((n) => ({
        nomineeId: n.nomineeId,
        name: n.displayName,
        units: n.units.join('; '),
        award: n.awardLabel,
        achievements: n.achievements,
      })),
    },
    saved: Object.fromEntries((answer.ballot?.votes ?? []).map((v) => [v.nomineeId, v.vote])),
    version: answer.ballot?.version ?? 0,
    castAt: answer.ballot?.castAt ?? '',
  };
}

export function currentBallot(): BallotPage {
  return ballotPage(readBallot(connection()));
}

export function showBallot(): void {
  showSidebar('SidebarVote', 'Phiếu biểu quyết', currentBallot());
}

/** google.script.run target of "Gửi phiếu": the whole ballot, `{ nomineeId: 'agree' | 'disagree' }`. */
export function castVotes(round: unknown, choices: unknown): BallotPage {
  const entries = Object.entries(typeof choices === 'object' && choices !== null ? choices : {});
  const votes = entries.map(([nomineeId, vote]) => {
    if (vote !== 'agree' && vote !== 'disagree')
      throw new AddonError('BALLOT_INCOMPLETE', 'Hãy chọn “Đồng ý” hoặc “Không đồng ý” cho mọi trường hợp.');
    return { nomineeId, vote: vote as VoteChoice };
  });
  return ballotPage(sendBallot(connection(), Number(round), votes));
}

/** The nominee ids of the selected rows of "Tổng hợp" (none when another tab is active). */
function selectedNominees(): string[] {
  const sheet = activeSpreadsheet().getActiveSheet();
  const range = sheet.getActiveRange();
  if (sheet.getName() !== MASTER_TAB || !range || range.getRow() < 2) return [];
  const width = Math.max(1, sheet.getLastColumn());
  const column = reviewColumns(sheet.getRange(1, 1, 1, width).getValues()[0] ?? []).nomineeId;
  if (column < 0) return [];
  const rows = sheet.getRange(range.getRow(), column + 1, range.getNumRows(), 1).getValues();
  return rows.map((r) => String(r[0] ?? '').trim()).filter((id) => id !== '');
}

export function openVoteRound(): void {
  const ids = selectedNominees();
  const which = ids.length > 0 ? `${ids.length} trường hợp đang chọn` : 'mọi trường hợp “Đã duyệt”';
  if (!confirmUser('Mở vòng biểu quyết', `Mở vòng biểu quyết của Hội đồng cho ${which}?`)) return;
  const answer = voteRoundCall(connection(), {
    action: 'open',
    ...(ids.length > 0 ? { nomineeIds: ids } : {}),
  });
  const round = answer.round;
  if (!round) return;
  const again = answer.changed === false ? ' (vòng này đã mở từ trước)' : '';
  alertUser(
    'Mở vòng biểu quyết',
    `Đã mở ${round.title}${again}: ${round.nominees.length} trường hợp, ${round.members} thành viên Hội đồng.`,
  );
}

export function closeVoteRound(): void {
  const status = voteRoundCall(connection(), { action: 'status' });
  const round = status.round;
  if (round?.state !== 'open' || !round) {
    alertUser('Đóng vòng và kiểm phiếu', 'Không có vòng biểu quyết nào đang mở.');
    return;
  }
  const turnout = `${round.voted.length}/${round.members} thành viên đã gửi phiếu`;
  if (!confirmUser('Đóng vòng và kiểm phiếu', `Đóng ${round.title} (${turnout}) và kiểm phiếu?`)) return;
  const closed = voteRoundCall(connection(), { action: 'close', round: round.round });
  const result = closed.round?.result;
  const minutes = voteRoundCall(connection(), { action: 'minutes', round: round.round });
  const folder = campaignFolder(connection().campaignId);
  const files = (minutes.files ?? []).map((file) => saveBase64File(folder, file));
  showSidebar('SidebarLinks', 'Kết quả biểu quyết', {
    title: `${round.title}: ${result?.passed ?? 0} đạt, ${result?.failed ?? 0} không đạt`,
    intro: `${result?.ballotsCast ?? 0}/${result?.members ?? 0} phiếu. Kết quả đã ghi vào trạng thái duyệt.${
      result?.thresholdNote ? ` Ngưỡng: ${result.thresholdNote}.` : ''
    }`,
    folderUrl: folder.getUrl(),
    links: files.map((f) => ({ label: f.title, url: f.url, note: 'biên bản kiểm phiếu' })),
  });
}
