import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../functions/app/errors';
import {
  afterSubmit,
  type ReceiptHookDeps,
  type Submitted,
} from '../../../../functions/app/mail/receipt-hook';
import type { StoredRow, SubmissionRepository, UnitSubmissions } from '../../../../functions/app/ports';
import type { SubmitNominationsResponse } from '../../../../shared/api/nominations';
import { LogBook, MemoryDirectory, memoryMail, storedRow, unitRecord } from './support/hook-deps';

const result = (over: Partial<SubmitNominationsResponse> = {}): SubmitNominationsResponse => ({
  version: 1,
  versionId: 'v-1',
  status: 'clean',
  summary: { rows: 1, validRows: 1, errorRows: 0, errors: 0, warnings: 0 },
  issues: [],
  replayed: false,
  submittedAt: '2026-11-20T03:00:00.000Z',
  late: false,
  ...over,
});

const submitted = (over: Partial<SubmitNominationsResponse> = {}): Submitted => ({
  request: {
    campaignId: 'ls-2026',
    unitId: 'p-tam-thanh',
    kind: 'individual',
    grid: { header: ['Họ và tên'], rows: [['Vi Thị Hạnh']], firstRow: 2 },
    submissionKey: 'key-0000000001',
  },
  result: result(over),
});

let mail: ReturnType<typeof memoryMail>;
let directory: MemoryDirectory;
let logger: LogBook;
let deps: ReceiptHookDeps;

/** Every version of every unit reads back these rows (the hook reads only rows). */
const stubRows = (rows: StoredRow[]): SubmissionRepository => ({
  unit: () => ({ readRows: async () => rows }) as unknown as UnitSubmissions,
});

beforeEach(() => {
  mail = memoryMail();
  directory = new MemoryDirectory();
  directory.contacts.set('p-tam-thanh', [
    { address: 'p-tam-thanh@langson.example' },
    { address: 'vanthu.tamthanh@langson.example' },
  ]);
  logger = new LogBook();
  deps = {
    mail,
    directory,
    campaigns: { getUnit: async (_c, id) => unitRecord(id, 'Phường Tam Thanh') },
    submissions: stubRows([storedRow(2, { fullName: 'Vi Thị Hạnh', cccd: '020186004545' })]),
    logger,
  };
});

describe('afterSubmit', () => {
  it('sends one receipt of a new version to every contact of the unit', async () => {
    const report = await afterSubmit(deps, submitted());
    expect(report).toMatchObject({ sent: 2, failed: 0, messages: 1 });
    expect(mail.sender.addresses().sort()).toEqual([
      'p-tam-thanh@langson.example',
      'vanthu.tamthanh@langson.example',
    ]);
    const message = mail.sender.sent[0];
    expect(message?.subject).toBe(
      'Biên nhận phiên bản 1 – Phường Tam Thanh – Hội nghị điển hình tiên tiến tỉnh Lạng Sơn năm 2026',
    );
    expect(message?.html).toContain('0201******45');
    expect(message?.html).not.toContain('020186004545');
    expect([...mail.log.records.values()].map((r) => [r.kind, r.period, r.status])).toEqual([
      ['receipt', 'p-tam-thanh:v1', 'sent'],
      ['receipt', 'p-tam-thanh:v1', 'sent'],
    ]);
  });

  it('a replay sends nothing more once the receipt exists', async () => {
    await afterSubmit(deps, submitted());
    expect(await afterSubmit(deps, submitted({ replayed: true }))).toMatchObject({ sent: 0, skipped: 2 });
    expect(mail.sender.sent).toHaveLength(1);
  });

  it('a replay delivers the receipt the first call never sent (crash between commit and mail)', async () => {
    expect(await afterSubmit(deps, submitted({ replayed: true }))).toMatchObject({ sent: 2, failed: 0 });
    expect(mail.sender.sent).toHaveLength(1);
  });

  it('never sends a second receipt for the same version', async () => {
    await afterSubmit(deps, submitted());
    const again = await afterSubmit(deps, submitted());
    expect(again).toMatchObject({ sent: 0, skipped: 2 });
    expect(mail.sender.sent).toHaveLength(1);
    await afterSubmit(deps, submitted({ version: 2, versionId: 'v-2' }));
    expect(mail.sender.sent.map((m) => m.subject.slice(0, 22))).toEqual([
      'Biên nhận phiên bản 1 ',
      'Biên nhận phiên bản 2 ',
    ]);
  });

  it('records a failed send for the next run and does not throw', async () => {
    mail.sender.failWith = 'MAIL_UNAVAILABLE';
    const report = await afterSubmit(deps, submitted());
    expect(report).toMatchObject({ sent: 0, failed: 2 });
    expect([...mail.log.records.values()].map((r) => [r.status, r.lastError?.code])).toEqual([
      ['failed', 'MAIL_UNAVAILABLE'],
      ['failed', 'MAIL_UNAVAILABLE'],
    ]);
    expect(logger.lines.map((l) => [l.level, l.message])).toEqual([['warn', 'receipt not sent yet']]);
  });

  it('logs a look-up failure with its code and returns null', async () => {
    directory.failWith = new AppError('STORE_UNAVAILABLE', 'firestore get failed');
    expect(await afterSubmit(deps, submitted())).toBeNull();
    expect(logger.lines).toEqual([
      {
        level: 'error',
        message: 'receipt not sent',
        fields: {
          campaignId: 'ls-2026',
          unitId: 'p-tam-thanh',
          version: 1,
          code: 'STORE_UNAVAILABLE',
          detail: 'firestore get failed',
        },
      },
    ]);
  });

  it('skips (and logs) a unit without contacts', async () => {
    directory.contacts.clear();
    expect(await afterSubmit(deps, submitted())).toBeNull();
    expect(mail.log.records.size).toBe(0);
    expect(logger.lines.map((l) => l.message)).toEqual(['receipt skipped: no campaign or no unit contact']);
  });
});
