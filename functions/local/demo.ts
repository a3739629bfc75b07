// npm run demo: plays the sample scenario against the running local stack (npm start): a demo campaign whose
// deadline passes during the run; units submit (one with errors, one twice with the same key, one late within
// the grace period, one after closing); then the status table. TONVINH_URL overrides http://127.0.0.1:8080.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CampaignStatusResponse } from '../../shared/api/campaign-status';
import { BOARD_EMAIL, SEED_UNITS, unitEmail } from './seed-data';

const url = process.env.TONVINH_URL ?? 'http://127.0.0.1:8080';
const campaignId = `ls-demo-${Date.now().toString(36)}`;
const examples = join(import.meta.dirname, '..', '..', 'examples', 'grids');
const grid = (unit: string): unknown => JSON.parse(readFileSync(join(examples, `${unit}.json`), 'utf8'));

async function call(
  fn: string,
  user: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-user': user },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function say(step: string, result: { status: number; body: Record<string, unknown> }): void {
  const { version, replayed, late, summary, error } = result.body as Record<string, unknown> & {
    summary?: { rows: number; errors: number };
  };
  const counts = `version ${version}, ${summary?.rows ?? 0} rows, ${summary?.errors ?? 0} errors, replayed=${replayed}, late=${late}`;
  const detail = result.body.campaign
    ? 'campaign saved'
    : error
      ? `refused: ${JSON.stringify(error)}`
      : counts;
  console.log(`• ${step}: HTTP ${result.status} — ${detail}`);
}

const submit = (unit: string, example: string, key: string) =>
  call('submitNominations', unitEmail(unit), {
    campaignId,
    unitId: unit,
    kind: 'individual',
    grid: grid(example),
    submissionKey: key,
  });

async function setUp(deadline: Date, open = true) {
  const campaign = {
    title: 'Demo: Hội nghị điển hình tiên tiến',
    eventKind: 'hoi-nghi-dien-hinh-tien-tien',
    deadline: deadline.toISOString(),
    graceMinutes: 1,
    open,
  };
  return call('adminCampaign', BOARD_EMAIL, { campaignId, campaign, units: SEED_UNITS });
}

function table(status: CampaignStatusResponse): void {
  console.log(
    `\n${status.title} — hạn ${status.deadline} (${status.daysToDeadline} ngày), ${status.open ? 'đang mở' : 'đã khóa'}`,
  );
  console.log(
    `${'Đơn vị'.padEnd(34)}${'Trạng thái'.padEnd(15)}${'Bản'.padStart(4)}${'Dòng'.padStart(6)}${'Lỗi'.padStart(5)}  Đúng hạn`,
  );
  for (const u of status.units) {
    const onTime = u.onTime === null ? '—' : u.onTime ? 'có' : 'trễ';
    console.log(
      `${u.name.padEnd(34)}${u.status.padEnd(15)}${String(u.latestVersion ?? '—').padStart(4)}${String(u.rows).padStart(6)}${String(u.errors).padStart(5)}  ${onTime}`,
    );
  }
  const t = status.totals;
  console.log(
    `Tổng: ${t.units} đơn vị, ${t.clean} sạch, ${t.withErrors} còn lỗi, ${t.notSubmitted} chưa gửi; đúng hạn ${(t.onTimeRate * 100).toFixed(0)}%`,
  );
}

const deadline = new Date(Date.now() + 4000);
console.log(`Demo campaign ${campaignId} on ${url}; deadline in 4 s, 1 minute grace.`);
say('board creates the campaign', await setUp(deadline));
say('Sở Nội vụ submits (clean)', await submit('so-noi-vu', 'so-noi-vu', `demo-${campaignId}-snv`));
say(
  'Phường Tam Thanh submits (with errors)',
  await submit('p-tam-thanh', 'p-tam-thanh', `demo-${campaignId}-ptt`),
);
say('Bộ CHQS tỉnh submits', await submit('bchqs-tinh', 'bchqs-tinh', `demo-${campaignId}-bch`));
say(
  'Bộ CHQS tỉnh re-sends with the same key',
  await submit('bchqs-tinh', 'bchqs-tinh', `demo-${campaignId}-bch`),
);
console.log('… waiting for the deadline to pass');
await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline.getTime() - Date.now() + 300)));
say(
  'Xã Đồng Đăng submits late (within grace)',
  await submit('x-dong-dang', 'so-noi-vu', `demo-${campaignId}-xdd`),
);
say('board closes the campaign', await setUp(deadline, false));
say('Sở Y tế tries after closing', await submit('so-y-te', 'bchqs-tinh', `demo-${campaignId}-syt`));
const status = await call('campaignStatus', BOARD_EMAIL, { campaignId });
table(status.body as unknown as CampaignStatusResponse);
