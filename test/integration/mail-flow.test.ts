// Mail wired into the running system: the local stack (embedded emulator, every function of index.ts on one port)
// with the outbox sender in a temp folder: submit → one receipt per unit contact per version (the commit notifier);
// weeklyDigest and deadlineReminders as Pub/Sub CloudEvents → one digest per board member, reminders only to units
// not submitted or with errors.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidate } from '../../functions/app/consolidation/consolidate';
import { notifyUnits } from '../../functions/app/mail/consolidation-hook';
import { addDays } from '../../functions/app/mail/period';
import { pubSubCloudEventRequest } from '../../functions/app/mail/schedule-trigger';
import { parseMailSettings } from '../../functions/composition';
import { BOARD_EMAIL, SEED_CAMPAIGN_ID, SEED_UNITS, unitEmail } from '../../functions/local/seed-data';
import { type Stack, startStack } from '../../functions/local/stack';
import { listOutbox, type OutboxEntry } from '../../scripts/outbox';
import type { GridInput } from '../../shared/api/grid';
import type { SubmitNominationsResponse } from '../../shared/api/nominations';
import { localDate } from '../../shared/text/dates';
import { individualGrid } from '../support/grids';
import { post, type ServedFunction, serveFunction } from '../support/http';

let stack: Stack;
let outbox: string;
const eventServers = new Map<string, ServedFunction>();
let deadline: string;
const SECOND_BOARD = 'pho.truongban@langson.example';
const SGD_CLERK = 'vanthu.sgd@langson.example';

beforeAll(async () => {
  outbox = await mkdtemp(join(tmpdir(), 'tonvinh-outbox-'));
  const mailConfig = parseMailSettings({ MAIL_OUTBOX_DIR: outbox });
  stack = await startStack({ port: 0, overrides: { mailConfig } });
  await stack.services.members.saveCampaignMembers(SEED_CAMPAIGN_ID, [
    { email: SECOND_BOARD, role: 'board', unitIds: [], active: true },
    { email: SGD_CLERK, role: 'unit', unitIds: ['so-giao-duc'], active: true },
  ]);
  const campaign = await stack.services.campaigns.getCampaign(SEED_CAMPAIGN_ID);
  deadline = localDate(new Date(campaign?.deadline ?? ''), 'Asia/Ho_Chi_Minh');
  // Each CloudEvent function on its own port (registered by index.ts, loaded by the stack).
  for (const name of ['weeklyDigest', 'deadlineReminders']) eventServers.set(name, await serveFunction(name));
});

afterAll(async () => {
  for (const served of eventServers.values()) await served.close();
  await stack.close();
  await rm(outbox, { recursive: true, force: true });
});

const submit = (unitId: string, grid: GridInput, key: string) =>
  post<SubmitNominationsResponse>(
    stack.url,
    'submitNominations',
    { campaignId: SEED_CAMPAIGN_ID, unitId, kind: 'individual', grid, submissionKey: key },
    { user: unitEmail(unitId) },
  );

async function schedule(fn: string, topic: string, messageId: string, payload: object): Promise<number> {
  const request = pubSubCloudEventRequest({ messageId, topic, payload });
  const url = eventServers.get(fn)?.url ?? '';
  const res = await fetch(url, { method: 'POST', headers: request.headers, body: request.body });
  await res.text();
  return res.status;
}

/** "address | subject" for every recipient of every message whose subject starts with `prefix`. */
async function deliveries(prefix: string): Promise<string[]> {
  const entries: OutboxEntry[] = await listOutbox(outbox, 1000);
  return entries
    .filter((e) => e.subject.startsWith(prefix))
    .flatMap((e) => e.to.map((to) => `${to} | ${e.subject}`))
    .sort();
}

function gridWithError(): GridInput {
  const grid = individualGrid(2, 'tt');
  const bad = grid.rows[0];
  if (bad) bad[5] = '0201';
  return grid;
}

const campaignName = 'Hội nghị điển hình tiên tiến tỉnh Lạng Sơn năm 2026';

describe('mail in the running system', () => {
  it('mails one receipt per unit contact per version, none for a replay', async () => {
    const first = await submit('so-giao-duc', individualGrid(3), 'key-sgd-00000001');
    const replay = await submit('so-giao-duc', individualGrid(3), 'key-sgd-00000001');
    const second = await submit('so-giao-duc', individualGrid(4), 'key-sgd-00000002');
    const tam = await submit('p-tam-thanh', gridWithError(), 'key-ptt-00000001');
    const noiVu = await submit('so-noi-vu', individualGrid(1, 'nv'), 'key-snv-00000001');
    expect(
      [first, replay, second, tam, noiVu].map((r) => [r.status, r.body.version, r.body.replayed]),
    ).toEqual([
      [200, 1, false],
      [200, 1, true],
      [200, 2, false],
      [200, 1, false],
      [200, 1, false],
    ]);
    const receipt = (v: number, unit: string) => `Biên nhận phiên bản ${v} – ${unit} – ${campaignName}`;
    expect(await deliveries('Biên nhận')).toEqual(
      [
        `${SGD_CLERK} | ${receipt(1, 'Sở Giáo dục và Đào tạo')}`,
        `${SGD_CLERK} | ${receipt(2, 'Sở Giáo dục và Đào tạo')}`,
        `p-tam-thanh@langson.example | ${receipt(1, 'Phường Tam Thanh')}`,
        `so-giao-duc@langson.example | ${receipt(1, 'Sở Giáo dục và Đào tạo')}`,
        `so-giao-duc@langson.example | ${receipt(2, 'Sở Giáo dục và Đào tạo')}`,
        `so-noi-vu@langson.example | ${receipt(1, 'Sở Nội vụ')}`,
      ].sort(),
    );
  });

  it('mails the weekly digest once to each board member, however often the event arrives', async () => {
    const today = addDays(deadline, -14);
    const statuses = await Promise.all([
      schedule('weeklyDigest', 'weekly-digest', 'digest-run-1', { date: today }),
      schedule('weeklyDigest', 'weekly-digest', 'digest-run-1', { date: today }),
      schedule('weeklyDigest', 'weekly-digest', 'digest-run-2', { date: today }),
    ]);
    expect(statuses).toEqual([204, 204, 204]);
    const found = await deliveries('Bản tin tuần');
    expect(found.map((d) => d.split(' | ')[0])).toEqual([BOARD_EMAIL, SECOND_BOARD]);
    expect(found[0]).toContain(campaignName);
  });

  it('reminds only units not submitted or with errors, once per reminder offset', async () => {
    const threeDaysBefore = addDays(deadline, -3);
    expect(
      await schedule('deadlineReminders', 'deadline-reminders', 'rem-1', { date: threeDaysBefore }),
    ).toBe(204);
    expect(
      await schedule('deadlineReminders', 'deadline-reminders', 'rem-2', { date: threeDaysBefore }),
    ).toBe(204);
    const reminded = (await deliveries('')).filter((d) => !/Biên nhận|Bản tin tuần/.test(d));
    const clean = ['so-giao-duc', 'so-noi-vu'];
    const expected = SEED_UNITS.filter((u) => u.status === 'current' && !clean.includes(u.id))
      .map((u) => unitEmail(u.id))
      .sort();
    expect(reminded.map((d) => d.split(' | ')[0])).toEqual(expected);
    expect(reminded.filter((d) => d.startsWith('p-tam-thanh@'))).toHaveLength(1);
  });

  it('reminds again at the next offset, except a unit that fixed its errors meanwhile', async () => {
    const fixed = await submit('p-tam-thanh', individualGrid(2, 'tt'), 'key-ptt-00000002');
    expect(fixed.body).toMatchObject({ version: 2, status: 'clean' });
    const before = (await deliveries('')).length;
    await schedule('deadlineReminders', 'deadline-reminders', 'rem-3', { date: addDays(deadline, -2) });
    expect((await deliveries('')).length).toBe(before);
    await schedule('deadlineReminders', 'deadline-reminders', 'rem-4', { date: addDays(deadline, -1) });
    const after = await deliveries('');
    const newOnes = after.length - before;
    const ptt = after.filter((d) => d.startsWith('p-tam-thanh@'));
    expect(newOnes).toBe(9);
    expect(ptt.map((d) => d.split(' | ')[1]?.split(' – ')[0])).toEqual([
      'Biên nhận phiên bản 1',
      'Biên nhận phiên bản 2',
      expect.stringMatching(/^Nhắc hạn/),
    ]);
  });

  it('after a consolidation the board asked to announce, mails each submitting unit its summary once', async () => {
    const board = { email: BOARD_EMAIL, role: 'board' as const, unitIds: [] };
    const request = { campaignId: SEED_CAMPAIGN_ID, dryRun: false, notifyUnits: true };
    const result = await consolidate(request, board, stack.services);
    const { summaries } = stack.services.mail();
    expect(await notifyUnits(summaries, SEED_CAMPAIGN_ID)).toMatchObject({ sent: 0, skipped: 4 });
    const title = (unit: string) =>
      `Kết quả tổng hợp lần ${result.masterVersion} – ${unit} – ${campaignName}`;
    expect(await deliveries('Kết quả tổng hợp')).toEqual(
      [
        `${SGD_CLERK} | ${title('Sở Giáo dục và Đào tạo')}`,
        `p-tam-thanh@langson.example | ${title('Phường Tam Thanh')}`,
        `so-giao-duc@langson.example | ${title('Sở Giáo dục và Đào tạo')}`,
        `so-noi-vu@langson.example | ${title('Sở Nội vụ')}`,
      ].sort(),
    );
  });
});
