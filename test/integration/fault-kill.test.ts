// Fault test of the embedded default (`npm start` in a child process, loopback only, temp data and outbox): 50
// units submit over HTTP with idempotency keys, retrying until acknowledged, while the board consolidates; the
// child is killed with SIGKILL at 20 seeded random moments (each after a few new acknowledgements) and started
// again on the same data. Afterwards every acknowledged submission (version number, version id, rows) and master
// version is read back intact (every run acknowledged is "done"), version numbers are never reused for different
// content, and no mail was sent twice (Message-ID unique in the outbox). No timing is asserted; every wait is
// bounded and generous.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BOARD_EMAIL } from '../../functions/local/seed-data';
import { type Stack, startStack } from '../../functions/local/stack';
import { individualGrid } from '../support/grids';
import { type JsonResponse, post } from '../support/http';
import { ChildStack } from './support/child-stack';

const CAMPAIGN = 'fault-2026';
const UNITS = 50;
const KILLS = 20;
const MIN_VERSIONS = 2;
const MIN_MASTERS = 3;
const SEED = 13;
const RETRYABLE = new Set([409, 500, 502, 503]);

interface Ack {
  unitId: string;
  key: string;
  rows: number;
  version: number;
  versionId: string;
}

interface MasterAck {
  runId: string;
  masterVersion: number;
  totals: Record<string, number>;
}

/** mulberry32: the kill moments are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unitId = (i: number) => `fault-u${String(i + 1).padStart(2, '0')}`;
const unitUser = (i: number) => `${unitId(i)}@fault.example`;

const dirs: string[] = [];
let child: ChildStack | undefined;
let local: Stack | undefined;
afterAll(async () => {
  await child?.kill();
  await local?.close();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** POSTs until a 200, riding out kills (connection errors) and in-progress answers; other statuses fail. */
async function untilAcknowledged<T>(
  stack: ChildStack,
  fn: string,
  body: unknown,
  user: string,
): Promise<JsonResponse<T>> {
  for (let attempt = 0; attempt < 5000; attempt++) {
    const url = stack.url;
    if (url === undefined) {
      await sleep(50);
      continue;
    }
    const response = await post<T>(url, fn, body, { user }).catch(() => undefined);
    if (response?.status === 200) return response;
    if (response && !RETRYABLE.has(response.status))
      throw new Error(`${fn}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
    await sleep(100 + Math.floor(Math.random() * 900));
  }
  throw new Error(`${fn}: never acknowledged`);
}

async function setUp(stack: ChildStack): Promise<void> {
  const units = Array.from({ length: UNITS }, (_, i) => ({
    id: unitId(i),
    name: `Đơn vị thử lỗi ${i + 1}`,
    kind: 'commune',
  }));
  await untilAcknowledged(
    stack,
    'adminCampaign',
    {
      campaignId: CAMPAIGN,
      campaign: {
        title: 'Thử tắt đột ngột',
        eventKind: 'khac',
        deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
      units,
      members: units.map((u, i) => ({ email: unitUser(i), role: 'unit', unitIds: [u.id] })),
    },
    BOARD_EMAIL,
  );
}

/** A unit: a new version after a pause of 0–3 s (units do not all submit at the same instant), until the end. */
async function unitWorker(stack: ChildStack, i: number, done: () => boolean, acks: Ack[]): Promise<void> {
  const pause = random(SEED + 1 + i);
  for (let k = 0; !done() || k < MIN_VERSIONS; k++) {
    await sleep(Math.floor(pause() * 3000));
    const rows = 3 + ((i + k) % 6);
    const key = `fault-${unitId(i)}-${String(k).padStart(3, '0')}`;
    const body = {
      campaignId: CAMPAIGN,
      unitId: unitId(i),
      kind: 'individual',
      grid: individualGrid(rows, `${unitId(i)}k${k}`),
      submissionKey: key,
    };
    const answer = await untilAcknowledged<{ version: number; versionId: string }>(
      stack,
      'submitNominations',
      body,
      unitUser(i),
    );
    acks.push({
      unitId: unitId(i),
      key,
      rows,
      version: answer.body.version,
      versionId: answer.body.versionId,
    });
  }
}

async function boardWorker(stack: ChildStack, done: () => boolean, acks: MasterAck[]): Promise<void> {
  for (let k = 0; !done() || k < MIN_MASTERS; k++) {
    const runId = `run-fault-${String(k).padStart(6, '0')}`;
    const answer = await untilAcknowledged<{ masterVersion: number; totals: Record<string, number> }>(
      stack,
      'consolidate',
      { campaignId: CAMPAIGN, runId },
      BOARD_EMAIL,
    );
    acks.push({ runId, masterVersion: answer.body.masterVersion, totals: answer.body.totals });
    await sleep(500);
  }
}

/**
 * Each moment: after 1–5 new acknowledgements since the last start (so answered writes precede every kill), a
 * further 0–1.5 s; all drawn from the seeded generator.
 */
async function killer(
  stack: ChildStack,
  next: () => number,
  acknowledged: () => number,
  failures: unknown[],
): Promise<number> {
  let kills = 0;
  for (; kills < KILLS; kills++) {
    const target = acknowledged() + 1 + Math.floor(next() * 5);
    while (acknowledged() < target) {
      if (failures.length > 0) throw failures[0];
      await sleep(20);
    }
    await sleep(Math.floor(next() * 1500));
    await stack.kill();
    await stack.start();
  }
  return kills;
}

interface Mail {
  messageId: string;
  /** Recipient and subject: a receipt names the unit's version, so one version gives one key. */
  key: string;
}

async function outboxMails(outbox: string): Promise<Mail[]> {
  const names = (await readdir(outbox).catch(() => [] as string[])).filter((n) => n.endsWith('.eml'));
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(outbox, name), 'utf8');
      const header = (field: string) => new RegExp(`^${field}:\\s*(.+)$`, 'im').exec(text)?.[1] ?? '';
      return {
        messageId: header('Message-ID') || `missing:${name}`,
        key: `${header('To')}|${header('Subject')}`,
      };
    }),
  );
}

async function checkSubmissions(stack: Stack, acks: Ack[]): Promise<number> {
  let readBack = 0;
  for (let i = 0; i < UNITS; i++) {
    const commits = await stack.services.submissions.unit(CAMPAIGN, unitId(i)).listCommits();
    const byNumber = new Map<number, string>();
    for (const c of commits) {
      expect(byNumber.get(c.version) ?? c.versionId, `${unitId(i)} v${c.version} reused`).toBe(c.versionId);
      byNumber.set(c.version, c.versionId);
    }
    for (const ack of acks.filter((a) => a.unitId === unitId(i))) {
      expect(byNumber.get(ack.version), `${ack.key} v${ack.version}`).toBe(ack.versionId);
      const rows = await stack.services.submissions.unit(CAMPAIGN, ack.unitId).readRows(ack.versionId);
      expect(rows).toHaveLength(ack.rows);
      readBack++;
    }
  }
  return readBack;
}

async function checkReplays(stack: Stack, acks: Ack[]): Promise<void> {
  for (const ack of acks.filter((_, n) => n % 5 === 0)) {
    const i = Number(ack.unitId.slice(-2)) - 1;
    const k = Number(ack.key.slice(-3));
    const body = {
      campaignId: CAMPAIGN,
      unitId: ack.unitId,
      kind: 'individual',
      grid: individualGrid(ack.rows, `${unitId(i)}k${k}`),
      submissionKey: ack.key,
    };
    const replay = await post<{ version: number; versionId: string; replayed: boolean }>(
      stack.url,
      'submitNominations',
      body,
      { user: unitUser(i) },
    );
    expect(replay.body).toMatchObject({ version: ack.version, versionId: ack.versionId, replayed: true });
  }
}

async function checkMasters(stack: Stack, acks: MasterAck[]): Promise<number> {
  const byVersion = new Map<number, string>();
  let readBack = 0;
  for (const ack of acks) {
    const status = await post<{ state: string; result?: { masterVersion: number; totals: unknown } }>(
      stack.url,
      'consolidationStatus',
      { campaignId: CAMPAIGN, runId: ack.runId },
      { user: BOARD_EMAIL },
    );
    expect(status.body).toMatchObject({ state: 'done', result: { masterVersion: ack.masterVersion } });
    expect(status.body.result?.totals).toEqual(ack.totals);
    const manifest = await stack.services.masters.info(CAMPAIGN, ack.masterVersion);
    expect(manifest?.version).toBe(ack.masterVersion);
    const hash = manifest?.inputHash ?? '';
    expect(byVersion.get(ack.masterVersion) ?? hash).toBe(hash);
    byVersion.set(ack.masterVersion, hash);
    readBack++;
  }
  return readBack;
}

describe('kill -9 under load', () => {
  it(
    'keeps every acknowledged submission and master version, never reuses a number, never mails twice',
    async () => {
      const root = await mkdtemp(join(tmpdir(), 'tonvinh-fault-'));
      dirs.push(root);
      const dataDir = join(root, 'firestore');
      const outbox = join(root, 'outbox');
      const stack = new ChildStack({
        dataDir,
        outboxDir: outbox,
        env: { LOCAL_COMPACT_AFTER_BYTES: '262144' },
      });
      child = stack;
      await stack.start();
      await setUp(stack);

      let killing = true;
      const acks: Ack[] = [];
      const masterAcks: MasterAck[] = [];
      const failures: unknown[] = [];
      const workers = [
        ...Array.from({ length: UNITS }, (_, i) => unitWorker(stack, i, () => !killing, acks)),
        boardWorker(stack, () => !killing, masterAcks),
      ].map((worker) => worker.catch((error: unknown) => void failures.push(error)));
      const acknowledged = () => acks.length + masterAcks.length;
      const kills = await killer(stack, random(SEED), acknowledged, failures);
      const beforeLastKill = acks.length + masterAcks.length;
      killing = false;
      await Promise.all(workers);
      expect(failures).toEqual([]);
      await stack.kill();

      process.env.MAIL_OUTBOX_DIR = outbox;
      local = await startStack({ port: 0, dataDir, seed: false, env: { LOG_LEVEL: 'error' } });
      const readBack = await checkSubmissions(local, acks);
      const mastersReadBack = await checkMasters(local, masterAcks);
      await checkReplays(local, acks);
      const mails = await outboxMails(outbox);
      const uniqueIds = new Set(mails.map((m) => m.messageId)).size;
      const uniqueKeys = new Set(mails.map((m) => m.key)).size;
      console.log(
        `fault test: ${acks.length} submissions acknowledged (${beforeLastKill} submissions and master versions before the last kill), ${readBack} read back intact; ${masterAcks.length} master versions acknowledged, ${mastersReadBack} read back; ${kills} kills (SIGKILL), ${stack.starts} starts (${stack.foreignSignals} cut by a signal from another process, retried); ${local.interruptedRuns} interrupted runs failed at the last start; ${mails.length} mails: ${uniqueIds} distinct Message-IDs, ${uniqueKeys} distinct (recipient, subject)`,
      );
      expect(uniqueIds).toBe(mails.length);
      expect(uniqueKeys).toBe(mails.length);
      expect(kills).toBe(KILLS);
      expect(readBack).toBe(acks.length);
      expect(acks.length).toBeGreaterThanOrEqual(UNITS * MIN_VERSIONS);
      expect(mastersReadBack).toBe(masterAcks.length);
      expect(masterAcks.length).toBeGreaterThanOrEqual(MIN_MASTERS);
    },
    15 * 60_000,
  );
});
