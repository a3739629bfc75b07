import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../functions/app/errors';
import {
  afterConsolidate,
  notifyUnits,
  type SummaryHookDeps,
} from '../../../../functions/app/mail/consolidation-hook';
import type { UnitStatusWithContacts } from '../../../../functions/app/mail/ports';
import { LogBook, MemoryDirectory, memoryMail } from './support/hook-deps';
import { firstMaster, secondMaster } from './support/masters';

const statuses: UnitStatusWithContacts[] = [
  {
    unitId: 'so-giao-duc',
    unitName: 'Sở Giáo dục và Đào tạo',
    version: 1,
    errors: 0,
    contacts: [{ address: 'sgd@langson.example' }],
  },
  {
    unitId: 'p-tam-thanh',
    unitName: 'Phường Tam Thanh',
    version: 2,
    errors: 0,
    contacts: [{ address: 'ptt@langson.example' }],
  },
  {
    unitId: 'x-huu-lung',
    unitName: 'Xã Hữu Lũng',
    version: 0,
    errors: 0,
    contacts: [{ address: 'xhl@langson.example' }],
  },
];

let mail: ReturnType<typeof memoryMail>;
let logger: LogBook;
let deps: SummaryHookDeps;
let failStatuses = false;

beforeEach(() => {
  mail = memoryMail();
  logger = new LogBook();
  failStatuses = false;
  deps = {
    mail,
    directory: new MemoryDirectory(),
    source: {
      unitStatuses: async () => {
        if (failStatuses) throw new AppError('STORE_UNAVAILABLE', 'down');
        return statuses;
      },
    },
    logger,
  };
});

describe('afterConsolidate', () => {
  it('sends one summary per submitting unit, once per master version', async () => {
    const report = await afterConsolidate(deps, firstMaster());
    expect(report).toMatchObject({ sent: 2, failed: 0 });
    expect(mail.sender.addresses().sort()).toEqual(['ptt@langson.example', 'sgd@langson.example']);
    expect(mail.sender.sent.map((m) => m.subject).sort()).toEqual([
      'Kết quả tổng hợp lần 1 – Phường Tam Thanh – Hội nghị điển hình tiên tiến tỉnh Lạng Sơn năm 2026',
      'Kết quả tổng hợp lần 1 – Sở Giáo dục và Đào tạo – Hội nghị điển hình tiên tiến tỉnh Lạng Sơn năm 2026',
    ]);
    await afterConsolidate(deps, firstMaster());
    expect(mail.sender.sent).toHaveLength(2);
    await afterConsolidate(deps, secondMaster());
    expect(mail.sender.sent).toHaveLength(4);
  });

  it('returns null for an unknown campaign and logs a failure without throwing', async () => {
    expect(await afterConsolidate(deps, { ...firstMaster(), campaignId: 'other' })).toBeNull();
    failStatuses = true;
    expect(await afterConsolidate(deps, firstMaster())).toBeNull();
    expect(mail.sender.attempted).toHaveLength(0);
    expect(logger.lines.map((l) => [l.level, l.message, l.fields.code])).toEqual([
      ['error', 'unit summaries not sent', 'STORE_UNAVAILABLE'],
    ]);
  });

  it('notifyUnits sends the summaries of the latest master version, and only logs when there is none', async () => {
    expect(await notifyUnits(deps, 'ls-2026')).toBeNull();
    expect(logger.lines.map((l) => [l.level, l.message])).toEqual([
      ['warn', 'unit summaries skipped: no master version'],
    ]);
    deps.masters = { latest: async () => secondMaster() };
    expect(await notifyUnits(deps, 'ls-2026')).toMatchObject({ sent: 2 });
    expect(mail.sender.sent.every((m) => m.subject.startsWith('Kết quả tổng hợp lần 2 – '))).toBe(true);
    deps.masters = {
      latest: async () => Promise.reject(new AppError('STORE_UNAVAILABLE', 'x')),
    };
    expect(await notifyUnits(deps, 'ls-2026')).toBeNull();
    expect(logger.lines.at(-1)).toMatchObject({ level: 'error', fields: { code: 'STORE_UNAVAILABLE' } });
  });
});
