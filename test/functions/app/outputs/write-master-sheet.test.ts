// writeCampaignMasterSheet and consolidate's sheet write, with in-memory repositories and a recording spreadsheet
// port (the real Sheets client is exercised in test/integration/master-outputs.test.ts).
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../functions/app/errors';
import type { ValueRange } from '../../../../functions/app/outputs/master-sheet-plan';
import type { SpreadsheetPort } from '../../../../functions/app/outputs/sheet-writer';
import {
  type SheetOutputDeps,
  sheetAfterConsolidate,
  writeCampaignMasterSheet,
} from '../../../../functions/app/outputs/write-master-sheet';
import type { LogFields, Principal } from '../../../../functions/app/ports';
import { campaignRecordSchema } from '../../../../shared/api/admin-campaign';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';
import { MemoryAccessLog } from '../../../support/memory/access-log';
import { memoryCampaigns } from '../../../support/memory/campaigns';
import { MemoryMasters } from '../../../support/memory/masters';
import { MemorySubmissions } from '../../../support/memory/submissions';

const BOARD: Principal = { email: 'board@x.example', role: 'board', unitIds: [] };
const UNIT: Principal = { email: 'unit@x.example', role: 'unit', unitIds: ['so-y-te'] };
const SHEET_ID = 'sheet-abcdefghij';

function campaign(extra: Record<string, unknown> = { masterSpreadsheetId: SHEET_ID }) {
  return campaignRecordSchema.parse({
    id: 'dhtt-2026',
    title: 'Hội nghị điển hình tiên tiến',
    eventKind: 'hoi-nghi-dien-hinh-tien-tien',
    deadline: '2026-06-30T17:00:00+07:00',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  });
}

class RecordingSheets implements SpreadsheetPort {
  log: string[] = [];
  data: ValueRange[] = [];
  failWith: Error | undefined;
  async listTabs(id: string) {
    this.log.push(`get ${id}`);
    if (this.failWith) throw this.failWith;
    return [];
  }
  async batchUpdate(id: string) {
    this.log.push(`batchUpdate ${id}`);
  }
  async clearValues(id: string) {
    this.log.push(`clear ${id}`);
  }
  async writeValues(id: string, data: ValueRange[]) {
    this.log.push(`write ${id}`);
    this.data = data;
  }
}

function world(extra?: Record<string, unknown>) {
  const masters = new MemoryMasters();
  const v3 = sampleMaster({ version: 3 });
  masters.add(sampleMaster({ version: 2, individuals: 13 }));
  masters.add({ ...v3, changes: { ...v3.changes, removed: ['n-i-00012'] } });
  const sheets = new RecordingSheets();
  const accessLog = new MemoryAccessLog();
  const units = [
    {
      id: 'so-y-te',
      name: 'Sở Y tế',
      kind: 'department' as const,
      status: 'current' as const,
      legacyIds: [],
    },
  ];
  const warnings: LogFields[] = [];
  const quiet = () => undefined;
  const deps: SheetOutputDeps & {
    logger: {
      debug: typeof quiet;
      info: typeof quiet;
      warn: (m: string, f?: LogFields) => void;
      error: typeof quiet;
    };
  } = {
    campaigns: memoryCampaigns(campaign(extra), units),
    masters,
    submissions: new MemorySubmissions(),
    accessLog,
    clock: { now: () => new Date('2026-03-20T03:00:00Z') },
    requestId: 'r-test',
    sheets,
    logger: { debug: quiet, info: quiet, warn: (_m, f) => void warnings.push(f ?? {}), error: quiet },
  };
  return { deps, sheets, accessLog, warnings };
}

const rangeOf = (sheets: RecordingSheets, title: string) =>
  sheets.data.find((d) => d.range.startsWith(`'${title}'!`))?.values ?? [];

describe('writeCampaignMasterSheet', () => {
  it('writes the current version in four calls, naming removed nominees from the previous version', async () => {
    const { deps, sheets } = world();
    const result = await writeCampaignMasterSheet({ campaignId: 'dhtt-2026' }, BOARD, deps);
    expect(result).toMatchObject({ spreadsheetId: SHEET_ID, version: 3, calls: 4 });
    expect(sheets.log).toEqual([
      `get ${SHEET_ID}`,
      `batchUpdate ${SHEET_ID}`,
      `clear ${SHEET_ID}`,
      `write ${SHEET_ID}`,
    ]);
    const removed = rangeOf(sheets, 'Thay đổi').find((row) => row[0] === 'Bỏ ra');
    expect(removed?.slice(0, 3)).toEqual([
      'Bỏ ra',
      'n-i-00012',
      sampleMaster({ individuals: 13 }).entries.find((e) => e.nomineeId === 'n-i-00012')?.displayName,
    ]);
    const units = rangeOf(sheets, 'Theo đơn vị');
    expect(units.find((row) => row[0] === 'so-y-te')?.[2]).toBe('Chưa gửi');
  });

  it('writes an older version on request and records the read before writing', async () => {
    const { deps, accessLog } = world();
    const result = await writeCampaignMasterSheet({ campaignId: 'dhtt-2026', version: 2 }, BOARD, deps);
    expect(result.version).toBe(2);
    expect(accessLog.entries).toEqual([
      {
        at: '2026-03-20T03:00:00.000Z',
        actor: BOARD.email,
        action: 'writeMasterSheet',
        campaignId: 'dhtt-2026',
        requestId: 'r-test',
        detail: `master v2 (17 entries) → spreadsheet ${SHEET_ID}`,
      },
    ]);
  });

  it('refuses unit users and campaigns without a spreadsheet before calling Sheets', async () => {
    const unit = world();
    await expect(
      writeCampaignMasterSheet({ campaignId: 'dhtt-2026' }, UNIT, unit.deps),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN_ROLE',
    });
    const none = world({});
    await expect(
      writeCampaignMasterSheet({ campaignId: 'dhtt-2026' }, BOARD, none.deps),
    ).rejects.toMatchObject({
      code: 'MASTER_SHEET_NOT_CONFIGURED',
    });
    const missing = world();
    await expect(
      writeCampaignMasterSheet({ campaignId: 'dhtt-2026', version: 7 }, BOARD, missing.deps),
    ).rejects.toMatchObject({ code: 'MASTER_NOT_FOUND' });
    expect([...unit.sheets.log, ...none.sheets.log, ...missing.sheets.log]).toEqual([]);
    expect(unit.accessLog.entries).toEqual([]);
  });
});

describe('sheetAfterConsolidate', () => {
  it('reports a coded Sheets failure with its Vietnamese message and logs it', async () => {
    const { deps, sheets, warnings } = world();
    sheets.failWith = new AppError('SHEET_RATE_LIMITED', '429 after 5 retries');
    const outcome = await sheetAfterConsolidate({ campaignId: 'dhtt-2026', version: 3 }, BOARD, deps);
    expect(outcome).toEqual({
      written: false,
      error: { code: 'SHEET_RATE_LIMITED', message: new AppError('SHEET_RATE_LIMITED').message },
    });
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'SHEET_RATE_LIMITED',
        detail: '429 after 5 retries',
        campaignId: 'dhtt-2026',
      }),
    ]);
  });

  it('turns API errors into their user message and anything else into INTERNAL', async () => {
    const none = world({});
    const notConfigured = await sheetAfterConsolidate(
      { campaignId: 'dhtt-2026', version: 3 },
      BOARD,
      none.deps,
    );
    expect(notConfigured).toEqual({
      written: false,
      error: {
        code: 'MASTER_SHEET_NOT_CONFIGURED',
        message: new AppError('MASTER_SHEET_NOT_CONFIGURED').message,
      },
    });
    const broken = world();
    broken.sheets.failWith = new TypeError('boom');
    const internal = await sheetAfterConsolidate({ campaignId: 'dhtt-2026', version: 3 }, BOARD, broken.deps);
    expect(internal).toMatchObject({ written: false, error: { code: 'INTERNAL' } });
  });

  it('answers the write when it succeeds', async () => {
    const { deps } = world();
    const outcome = await sheetAfterConsolidate({ campaignId: 'dhtt-2026', version: 3 }, BOARD, deps);
    expect(outcome).toMatchObject({ written: true, version: 3, calls: 4, spreadsheetId: SHEET_ID });
  });
});
