// importAwardHistory with in-memory ports: board only, content-derived ids shared with reviewNominee's records, and
// the records reach validation (validateWithHistory hands them to the eligibility pass).
import { describe, expect, it } from 'vitest';
import { awardRecordId, validateWithHistory } from '../../../../functions/app/consolidation/award-history';
import { importAwardHistory } from '../../../../functions/app/consolidation/import-award-history';
import type {
  AccessLogEntry,
  AwardHistoryRecord,
  AwardHistoryRepository,
  CampaignRecord,
  GridValidator,
  Principal,
  ValidationInput,
} from '../../../../functions/app/ports';
import type { SheetMatrix } from '../../../../functions/app/submissions/import-grids';
import { MemoryAccessLog } from '../../../support/memory/access-log';
import { memoryCampaigns } from '../../../support/memory/campaigns';

const campaign: CampaignRecord = {
  id: 'c1',
  title: 'Thử',
  eventKind: 'khac',
  deadline: '2026-07-01T17:00:00+07:00',
  timeZone: 'Asia/Ho_Chi_Minh',
  graceMinutes: 0,
  open: true,
  awards: [],
  quotas: {},
  rules: {},
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const board: Principal = { email: 'b@x.example', role: 'board', unitIds: [] };

class MemoryHistory implements AwardHistoryRepository {
  readonly records = new Map<string, AwardHistoryRecord>();
  async record(entry: AwardHistoryRecord): Promise<boolean> {
    if (this.records.has(entry.id)) return false;
    this.records.set(entry.id, entry);
    return true;
  }
  async findByKeys(keys: string[]): Promise<AwardHistoryRecord[]> {
    return [...this.records.values()].filter((r) => keys.includes(r.nomineeKey));
  }
}

const SHEET: SheetMatrix = {
  name: 'DS',
  merges: [],
  legacyFonts: {},
  values: [
    ['Họ và tên', 'Số CCCD', 'Hình thức khen thưởng', 'Năm', 'Số quyết định'],
    ['Nguyễn Văn An', '020080000123', 'Chiến sĩ thi đua cơ sở', 2024, '10/QĐ-UBND'],
    ['Nguyễn Văn An', '020080000123', 'Chiến sĩ thi đua cơ sở', 2024, '10/QĐ-UBND'],
    ['Nguyễn Văn An', '020080000123', 'Chiến sĩ thi đua cơ sở', 2025, '20/QĐ-UBND'],
  ],
};

function setup() {
  const history = new MemoryHistory();
  const accessLog = new MemoryAccessLog();
  const log = accessLog.entries;
  const deps = {
    campaigns: memoryCampaigns(campaign, []),
    awardHistory: history,
    accessLog,
    clock: { now: () => new Date('2026-06-01T00:00:00Z') },
    requestId: 'r-1',
    readSheets: async () => [SHEET],
  };
  return { history, log, deps };
}

const body = { campaignId: 'c1', fileBase64: Buffer.from('xlsx').toString('base64'), fileName: 'ls.xlsx' };

describe('importAwardHistory', () => {
  it('stores each decision once, under the id reviewNominee would give it, and logs the import', async () => {
    const { history, log, deps } = setup();
    const first = await importAwardHistory(body, board, deps);
    expect(first).toMatchObject({ rows: 3, added: 2, existing: 1, invalidRows: 0 });
    const id = awardRecordId('cccd:020080000123', 'CSTD_CS', 2024, '10/QĐ-UBND');
    expect(history.records.get(id)).toMatchObject({
      campaignId: 'c1',
      recordedBy: board.email,
      awardCode: 'CSTD_CS',
    });
    expect((await importAwardHistory(body, board, deps)).added).toBe(0);
    expect(log.map((e) => e.detail)).toEqual([
      expect.stringMatching(/^file "ls.xlsx" sha256 [0-9a-f]{16}: 3 rows, 2 added$/),
      expect.stringMatching(/3 rows, 0 added$/),
    ]);
  });

  it('refuses a unit user', async () => {
    const { deps } = setup();
    await expect(
      importAwardHistory(body, { ...board, role: 'unit', unitIds: ['u1'] }, deps),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN_ROLE',
    });
  });

  it('hands the imported awards to the eligibility pass of validation', async () => {
    const { history, deps } = setup();
    await importAwardHistory(body, board, deps);
    const seen: ValidationInput[] = [];
    const validate: GridValidator = (_grid, input) => {
      seen.push(input);
      const data = { fullName: 'Nguyễn Văn An', cccd: '020080000123' };
      return {
        rows: [{ sheetRow: 2, valid: true, data }],
        issues: [],
        summary: { rows: 1, validRows: 1, errorRows: 0, errors: 0, warnings: 0 },
      };
    };
    const grid = { header: ['Họ và tên'], rows: [['Nguyễn Văn An']], firstRow: 2 };
    await validateWithHistory(validate, history, grid, { kind: 'individual', today: '2026-06-01' });
    expect(seen).toHaveLength(2);
    expect(seen[1]?.awardHistory?.map((h) => [h.awardCode, h.year, h.cccd]).sort()).toEqual([
      ['CSTD_CS', 2024, '020080000123'],
      ['CSTD_CS', 2025, '020080000123'],
    ]);
  });
});
