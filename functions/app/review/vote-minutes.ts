// The minutes of a closed voting round (biên bản kiểm phiếu) with its result table, as an OfficialDocument rendered
// by the xlsx adapter of the official lists (same header block of the issuing body, same signature block): the
// council's size, the ballots cast, per nominee agree / disagree / share / threshold / result, the threshold note
// when a default threshold was used, and the lines for the vote counters' signatures.
import type { RoundResult } from '../../../shared/api/votes';
import { type ExportedFile, filesResponse } from '../outputs/export-files';
import { issuingBodyOf, type RenderPort } from '../outputs/export-master';
import type { OfficialColumn, OfficialDocument } from '../outputs/official-lists';
import type { CampaignRecord, VoteRound } from '../ports';
import { percent, thresholdText } from './vote-tally';

export interface VoteMinutesDeps {
  render: RenderPort;
}

const COLUMNS: OfficialColumn[] = [
  { header: 'STT', width: 5, align: 'center', format: 'integer' },
  { header: 'Cá nhân / Tập thể', width: 28 },
  { header: 'Đơn vị đề nghị', width: 26 },
  { header: 'Hình thức khen thưởng đề nghị', width: 26 },
  { header: 'Đồng ý', width: 9, align: 'center', format: 'integer' },
  { header: 'Không đồng ý', width: 11, align: 'center', format: 'integer' },
  { header: 'Tỉ lệ đồng ý', width: 11, align: 'center', format: 'percent' },
  { header: 'Ngưỡng áp dụng', width: 26 },
  { header: 'Kết quả', width: 12, align: 'center' },
];

export async function roundMinutes(
  round: VoteRound,
  campaign: CampaignRecord,
  date: string | undefined,
  deps: VoteMinutesDeps,
): Promise<ReturnType<typeof filesResponse>['files']> {
  const doc = minutesDocument(round, campaign, date);
  const file: ExportedFile = {
    name: `${doc.fileName}.xlsx`,
    title: doc.titles.join(' '),
    bytes: await deps.render(doc),
  };
  return filesResponse([file]).files;
}

export function minutesDocument(
  round: VoteRound,
  campaign: CampaignRecord,
  date: string | undefined,
): OfficialDocument {
  const result = round.result as RoundResult;
  const units = new Map(round.nominees.map((n) => [n.nomineeId, n]));
  const rows = result.nominees.map((t, i) => {
    const nominee = units.get(t.nomineeId);
    return [
      i + 1,
      t.displayName,
      nominee?.units.join('; ') ?? '',
      nominee?.awardLabel ?? t.awardCode,
      t.agree,
      t.disagree,
      t.share,
      `${thresholdText(t.threshold)}${t.thresholdSource === 'default' ? ' (*)' : ''}`,
      t.passed ? 'Đạt' : 'Không đạt',
    ];
  });
  return {
    fileName: `bien-ban-kiem-phieu-${campaign.id}-vong-${round.round}`,
    sheetName: `Biên bản vòng ${round.round}`,
    titles: ['BIÊN BẢN KIỂM PHIẾU', `Biểu quyết của Hội đồng Thi đua – Khen thưởng — ${round.title}`],
    subtitle: campaign.title,
    columns: COLUMNS,
    sections: [
      { heading: `Kết quả biểu quyết: ${result.passed} đạt, ${result.failed} không đạt`, level: 1, rows },
    ],
    notes: notesOf(round, result, campaign.timeZone),
    body: { ...issuingBodyOf(campaign, date), number: 'Số:      /BB-HĐTĐKT' },
  };
}

function notesOf(round: VoteRound, result: RoundResult, timeZone: string): string[] {
  const share = result.members === 0 ? 0 : result.ballotsCast / result.members;
  const at = (iso: string) => localTime(iso, timeZone);
  return [
    `Tổng số thành viên Hội đồng: ${result.members}; số phiếu thu về: ${result.ballotsCast} (${percent(share)}).`,
    `Vòng biểu quyết mở lúc ${at(round.openedAt)}, đóng lúc ${at(result.closedAt)}; số trường hợp: ${round.nominees.length}.`,
    ...(result.thresholdNote === undefined ? [] : [`(*) Ngưỡng áp dụng: ${result.thresholdNote}.`]),
    'Phiếu biểu quyết kín: biên bản chỉ ghi số phiếu, không ghi lựa chọn của từng thành viên.',
    'TỔ KIỂM PHIẾU (ký, ghi rõ họ tên): 1. ……………………   2. ……………………   3. ……………………',
  ];
}

/** "14:05 ngày 07/12/2026" in the campaign's time zone. */
export function localTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('hour')}:${get('minute')} ngày ${get('day')}/${get('month')}/${get('year')}`;
}
