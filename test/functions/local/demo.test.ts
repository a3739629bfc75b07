// npm run demo against a fresh local stack (npm start in a child process): every step answers as the demo's
// story says, and the official lists land in the export folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChildStack } from '../../integration/support/child-stack';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'functions', 'local', 'demo.ts');
const dir = mkdtempSync(join(tmpdir(), 'tonvinh-demo-'));
const stack = new ChildStack({ dataDir: join(dir, 'data'), outboxDir: join(dir, 'outbox') });

function runDemo(url: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', DEMO], {
      env: {
        ...process.env,
        TONVINH_URL: url,
        MAIL_OUTBOX_DIR: join(dir, 'outbox'),
        LOCAL_EXPORT_DIR: join(dir, 'exports'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run demo', () => {
  let result: { code: number | null; output: string };

  beforeAll(async () => {
    result = await runDemo(await stack.start());
  }, 300_000);

  afterAll(async () => {
    await stack.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plays the submissions as told: a replay, a late list within grace, a refusal after closing', () => {
    const { code, output } = result;
    expect(code, output).toBe(0);
    expect(output).toContain('• board creates the campaign: HTTP 200 — campaign saved');
    expect(output).toMatch(/re-sends with the same key: HTTP 200 — version 1, .*replayed=true/);
    expect(output).toMatch(/submits late \(within grace\): HTTP 200 — .*late=true/);
    expect(output).toMatch(/tries after closing: HTTP 409 — refused: \{"code":"CAMPAIGN_CLOSED"/);
  });

  it('consolidates, reviews, runs the schedules and writes the outputs', () => {
    const { output } = result;
    expect(output).toMatch(/• board consolidates: HTTP 200 — Đã lập phiên bản 1/);
    expect(output).toMatch(/nothing changed: HTTP 200 — Không có thay đổi so với phiên bản 2/);
    expect(output).toMatch(/• returned to the unit: /);
    expect(output).toMatch(/• weeklyDigest \(as of [\d-]+\): HTTP 204/);
    expect(output).toMatch(/• deadlineReminders \(as of [\d-]+\): HTTP 204/);
    expect(output).toMatch(/• board writes the master sheet: HTTP 200/);
    expect(output).toContain('• board exports the official lists: HTTP 200');
    expect(readdirSync(join(dir, 'exports')).filter((name) => name.endsWith('.xlsx'))).toHaveLength(3);
  });

  it('goes on to the public notice, the council vote, the decision and the certificates', () => {
    const { output } = result;
    expect(output).toMatch(/• board approves 4 nominees: HTTP 200/);
    expect(output).toMatch(/• public notice \(no sign-in\): HTTP 200, 4 nominees listed/);
    expect(output).toMatch(/• a visitor comments: HTTP 200; the board reads 1 comment\(s\)/);
    expect(output).toMatch(/• board opens voting round 1 on 4 approved nominees/);
    expect(output.match(/casts a ballot: HTTP 200/g)).toHaveLength(3);
    expect(output.match(/3\/3 đồng ý — đạt/g)).toHaveLength(3);
    expect(output).toMatch(/1\/3 đồng ý — không đạt/);
    expect(output).toMatch(/• board drafts the Tờ trình and the Quyết định: HTTP 200/);
    expect(output).toMatch(/• board records Quyết định 15\/QĐ-UBND: HTTP 200, 3 awarded/);
    expect(output).toMatch(/• board prints the certificates: HTTP 200, 3 pages/);
    const files = readdirSync(join(dir, 'exports'));
    expect(files.filter((name) => name.endsWith('.docx'))).toHaveLength(2);
    expect(files.filter((name) => name.endsWith('.pdf'))).toHaveLength(1);
  });

  it('lists the messages it sent from the stack’s own outbox', () => {
    expect(result.output).toContain(join(dir, 'outbox'));
    expect(readdirSync(join(dir, 'outbox')).filter((name) => name.endsWith('.eml')).length).toBeGreaterThan(
      5,
    );
  });
});
