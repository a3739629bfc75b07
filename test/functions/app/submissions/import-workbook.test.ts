// importUnitWorkbook with in-memory repositories, a stub sheet reader and a submit port that answers like
// submitNominations (idempotent by key). The real path (exceljs, Firestore) is in test/integration/master-outputs.
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../../functions/app/ports';
import type { SheetMatrix } from '../../../../functions/app/submissions/import-grids';
import { decodeFile, importUnitWorkbook } from '../../../../functions/app/submissions/import-workbook';
import { campaignRecordSchema } from '../../../../shared/api/admin-campaign';
import type { SubmitNominationsRequest, SubmitNominationsResponse } from '../../../../shared/api/nominations';
import { MemoryAccessLog } from '../../../support/memory/access-log';
import { memoryCampaigns } from '../../../support/memory/campaigns';

const UNIT: Principal = { email: 'xa@x.example', role: 'unit', unitIds: ['xa-tan-thanh'] };
const BOARD: Principal = { email: 'board@x.example', role: 'board', unitIds: [] };
const FILE = Buffer.from('PK pretend xlsx').toString('base64');

const SHEETS: SheetMatrix[] = [
  {
    name: 'Cá nhân',
    values: [
      ['STT', 'Họ và tên', 'Năm sinh'],
      [1, 'Nguyễn Văn An', 1980],
    ],
    merges: [],
    legacyFonts: {},
  },
];

function world() {
  const campaign = campaignRecordSchema.parse({
    id: 'dhtt-2026',
    title: 'Hội nghị điển hình tiên tiến',
    eventKind: 'hoi-nghi-dien-hinh-tien-tien',
    deadline: '2026-06-30T17:00:00+07:00',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  const units = [
    {
      id: 'xa-tan-thanh',
      name: 'Xã Tân Thanh',
      kind: 'commune' as const,
      status: 'current' as const,
      legacyIds: [],
    },
    { id: 'xa-cu', name: 'Xã cũ', kind: 'commune' as const, status: 'legacy' as const, legacyIds: [] },
  ];
  const reads: Uint8Array[] = [];
  const submitted: Array<{ request: SubmitNominationsRequest; by: string }> = [];
  const keys = new Map<string, SubmitNominationsResponse>();
  const accessLog = new MemoryAccessLog();
  const deps = {
    campaigns: memoryCampaigns(campaign, units),
    accessLog,
    clock: { now: () => new Date('2026-03-20T03:00:00Z') },
    requestId: 'r-test',
    readSheets: async (bytes: Uint8Array) => {
      reads.push(bytes);
      return SHEETS;
    },
    submit: async (request: SubmitNominationsRequest, principal: Principal) => {
      submitted.push({ request, by: principal.email });
      const seen = keys.get(request.submissionKey);
      if (seen) return { ...seen, replayed: true };
      const response: SubmitNominationsResponse = {
        version: keys.size + 1,
        versionId: `v${keys.size + 1}`,
        status: 'clean',
        summary: { rows: 1, validRows: 1, errorRows: 0, errors: 0, warnings: 0 },
        issues: [],
        replayed: false,
        submittedAt: '2026-03-20T03:00:00.000Z',
        late: false,
      };
      keys.set(request.submissionKey, response);
      return response;
    },
  };
  return { deps, reads, submitted, accessLog };
}

const body = (extra: Record<string, unknown> = {}) => ({
  campaignId: 'dhtt-2026',
  unitId: 'xa-tan-thanh',
  fileBase64: FILE,
  fileName: 'ds.xlsx',
  ...extra,
});

describe('importUnitWorkbook', () => {
  it('submits as the caller, once per file content, and logs the import with the file name', async () => {
    const { deps, reads, submitted, accessLog } = world();
    const first = await importUnitWorkbook(body(), UNIT, deps);
    const again = await importUnitWorkbook(body(), BOARD, deps);
    expect(Buffer.from(reads[0] ?? []).toString()).toBe('PK pretend xlsx');
    expect(submitted.map((s) => [s.by, s.request.kind, s.request.unitId])).toEqual([
      [UNIT.email, 'individual', 'xa-tan-thanh'],
      [BOARD.email, 'individual', 'xa-tan-thanh'],
    ]);
    expect(submitted[0]?.request.submissionKey).toBe(submitted[1]?.request.submissionKey);
    expect(first.submissions[0]?.response.replayed).toBe(false);
    expect(again.submissions[0]?.response.replayed).toBe(true);
    expect(accessLog.entries.map((e) => [e.actor, e.action, e.unitId, e.detail])).toEqual([
      [
        UNIT.email,
        'importWorkbook',
        'xa-tan-thanh',
        `file "ds.xlsx" sha256 ${first.fileHash.slice(0, 16)}: individual v1`,
      ],
      [
        BOARD.email,
        'importWorkbook',
        'xa-tan-thanh',
        `file "ds.xlsx" sha256 ${first.fileHash.slice(0, 16)}: individual v1 (replayed)`,
      ],
    ]);
  });

  it('checks the caller and the unit before reading the file', async () => {
    const { deps, reads } = world();
    const stranger: Principal = { email: 's@x.example', role: 'unit', unitIds: ['other'] };
    await expect(importUnitWorkbook(body(), stranger, deps)).rejects.toMatchObject({
      code: 'FORBIDDEN_UNIT',
    });
    await expect(importUnitWorkbook(body({ unitId: 'xa-khac' }), BOARD, deps)).rejects.toMatchObject({
      code: 'UNIT_NOT_IN_CAMPAIGN',
    });
    await expect(importUnitWorkbook(body({ unitId: 'xa-cu' }), BOARD, deps)).rejects.toMatchObject({
      code: 'UNIT_LEGACY',
    });
    await expect(importUnitWorkbook(body({ campaignId: 'nope' }), BOARD, deps)).rejects.toMatchObject({
      code: 'CAMPAIGN_NOT_FOUND',
    });
    expect(reads).toEqual([]);
  });
});

describe('decodeFile', () => {
  it('accepts standard base64, with line breaks or as a data URL', () => {
    const text = Buffer.from('xin chào').toString('base64');
    expect(Buffer.from(decodeFile(text)).toString()).toBe('xin chào');
    expect(Buffer.from(decodeFile(`${text.slice(0, 4)}\r\n${text.slice(4)}`)).toString()).toBe('xin chào');
    const url = `data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,${text}`;
    expect(Buffer.from(decodeFile(url)).toString()).toBe('xin chào');
  });

  it('refuses empty, truncated and non-base64 text as IMPORT_NOT_XLSX', () => {
    for (const bad of ['', '   ', 'abc', 'ab$d', 'YWJj-ZA==', 'YW=j'])
      expect(() => decodeFile(bad), bad).toThrow(expect.objectContaining({ code: 'IMPORT_NOT_XLSX' }));
  });
});
