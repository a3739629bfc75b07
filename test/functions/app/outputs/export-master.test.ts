// exportMaster with in-memory repositories and a recording renderer (the exceljs renderer is exercised in
// test/functions/adapters/xlsx and test/integration/master-outputs.test.ts).
import { describe, expect, it } from 'vitest';
import {
  BLANK_ISSUING_BODY,
  exportMaster,
  issuingBodyOf,
  layoutOf,
} from '../../../../functions/app/outputs/export-master';
import type { OfficialDocument } from '../../../../functions/app/outputs/official-lists';
import type { Principal } from '../../../../functions/app/ports';
import { campaignRecordSchema } from '../../../../shared/api/admin-campaign';
import { exportMasterRequestSchema } from '../../../../shared/api/master-outputs';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';
import { MemoryAccessLog } from '../../../support/memory/access-log';
import { memoryCampaigns } from '../../../support/memory/campaigns';
import { MemoryMasters } from '../../../support/memory/masters';

const BOARD: Principal = { email: 'board@x.example', role: 'board', unitIds: [] };

function campaign(extra: Record<string, unknown> = {}) {
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

function world(extra?: Record<string, unknown>) {
  const masters = new MemoryMasters();
  masters.add(sampleMaster({ version: 3 }));
  const rendered: OfficialDocument[] = [];
  const accessLog = new MemoryAccessLog();
  const deps = {
    campaigns: memoryCampaigns(campaign(extra), []),
    masters,
    accessLog,
    clock: { now: () => new Date('2026-03-20T03:00:00Z') },
    requestId: 'r-test',
    render: async (doc: OfficialDocument) => {
      rendered.push(doc);
      return new TextEncoder().encode(doc.fileName);
    },
  };
  return { deps, rendered, accessLog };
}

const request = (body: Record<string, unknown>) =>
  exportMasterRequestSchema.parse({ campaignId: 'dhtt-2026', ...body });

describe('exportMaster', () => {
  it('renders the three layouts by default, tagged, named after the version, and logs the read', async () => {
    const { deps, rendered, accessLog } = world();
    const result = await exportMaster(request({}), BOARD, deps);
    expect(result.version).toBe(3);
    expect(result.files.map((f) => [f.layout, f.name, f.size])).toEqual([
      ['proposal', 'danh-sach-de-nghi-khen-thuong-dhtt-2026-v3.xlsx', 29],
      ['delegates', 'danh-sach-dai-bieu-dhtt-2026-v3.xlsx', 18],
      ['structure', 'thong-ke-co-cau-dai-bieu-dhtt-2026-v3.xlsx', 24],
    ]);
    expect(Buffer.from(result.files[1]?.contentBase64 ?? '', 'base64').toString()).toBe('danh-sach-dai-bieu');
    expect(rendered).toHaveLength(3);
    expect(rendered[0]?.body).toEqual(BLANK_ISSUING_BODY);
    expect(rendered[0]?.subtitle).toBeUndefined();
    expect(accessLog.entries[0]).toMatchObject({
      action: 'exportMaster',
      detail: 'master v3 (16 entries) → xlsx proposal, delegates, structure',
    });
  });

  it('renders only the layouts asked for, with the campaign issuing body, date and attachment line', async () => {
    const issuingBody = {
      issuer: ['UBND tỉnh Lạng Sơn', 'Ban Thi đua – Khen thưởng'],
      place: 'Lạng Sơn',
      signer: { titles: ['TRƯỞNG BAN'] },
      attachedTo: 'Kế hoạch số 40/KH-BTĐKT',
    };
    const { deps, rendered } = world({ issuingBody });
    const result = await exportMaster(
      request({ layouts: ['structure', 'proposal'], date: '2026-03-05' }),
      BOARD,
      deps,
    );
    expect(result.files.map((f) => f.layout)).toEqual(['proposal', 'structure']);
    expect(rendered.map((d) => d.fileName)).toEqual([
      'danh-sach-de-nghi-khen-thuong',
      'thong-ke-co-cau-dai-bieu',
    ]);
    expect(rendered[0]?.body).toEqual({
      issuer: issuingBody.issuer,
      place: 'Lạng Sơn',
      signer: { titles: ['TRƯỞNG BAN'] },
      date: '2026-03-05',
    });
    expect(rendered[0]?.subtitle).toBe('(Kèm theo Kế hoạch số 40/KH-BTĐKT)');
  });

  it('refuses unit users and unknown versions without rendering', async () => {
    const { deps, rendered, accessLog } = world();
    const unit: Principal = { email: 'u@x.example', role: 'unit', unitIds: ['so-y-te'] };
    await expect(exportMaster(request({}), unit, deps)).rejects.toMatchObject({ code: 'FORBIDDEN_ROLE' });
    await expect(exportMaster(request({ version: 4 }), BOARD, deps)).rejects.toMatchObject({
      code: 'MASTER_NOT_FOUND',
    });
    expect(rendered).toEqual([]);
    expect(accessLog.entries).toEqual([]);
  });
});

describe('export request and helpers', () => {
  it('refuses repeated or unknown layouts and bad dates', () => {
    const parse = (body: Record<string, unknown>) =>
      exportMasterRequestSchema.safeParse({ campaignId: 'dhtt-2026', ...body }).success;
    expect(parse({ layouts: ['proposal', 'proposal'] })).toBe(false);
    expect(parse({ layouts: ['poster'] })).toBe(false);
    expect(parse({ layouts: [] })).toBe(false);
    expect(parse({ date: '05/03/2026' })).toBe(false);
    expect(parse({ date: '2026-03-05', layouts: ['delegates'] })).toBe(true);
  });

  it('maps file names back to layouts and keeps the issuing body without empty fields', () => {
    expect(layoutOf('danh-sach-dai-bieu-x-v1.xlsx')).toBe('delegates');
    expect(() => layoutOf('other-x-v1.xlsx')).toThrow();
    const body = issuingBodyOf(campaign({ issuingBody: { issuer: ['A'], place: 'B' } }), undefined);
    expect(body).toStrictEqual({ issuer: ['A'], place: 'B' });
    expect(issuingBodyOf(campaign(), '2026-01-02')).toEqual({ ...BLANK_ISSUING_BODY, date: '2026-01-02' });
  });
});
