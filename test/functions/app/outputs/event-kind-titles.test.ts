// The campaign's event kind names the event in the official lists' titles (exportMaster).
import { describe, expect, it } from 'vitest';
import { exportMaster } from '../../../../functions/app/outputs/export-master';
import type { OfficialDocument } from '../../../../functions/app/outputs/official-lists';
import type { Principal } from '../../../../functions/app/ports';
import { campaignRecordSchema } from '../../../../shared/api/admin-campaign';
import { exportMasterRequestSchema } from '../../../../shared/api/master-outputs';
import { sampleMaster } from '../../../fixtures/xlsx/sample-master';
import { MemoryAccessLog } from '../../../support/memory/access-log';
import { memoryCampaigns } from '../../../support/memory/campaigns';
import { MemoryMasters } from '../../../support/memory/masters';

const BOARD: Principal = { email: 'board@x.example', role: 'board', unitIds: [] };

async function titles(eventKind: string): Promise<string[][]> {
  const campaign = campaignRecordSchema.parse({
    id: 'dhtt-2026',
    title: 'Đợt',
    eventKind,
    deadline: '2026-06-30T17:00:00+07:00',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  const masters = new MemoryMasters();
  masters.add(sampleMaster({ version: 1 }));
  const rendered: OfficialDocument[] = [];
  const deps = {
    campaigns: memoryCampaigns(campaign, []),
    masters,
    accessLog: new MemoryAccessLog(),
    clock: { now: () => new Date('2026-03-20T03:00:00Z') },
    requestId: 'r',
    render: async (doc: OfficialDocument) => {
      rendered.push(doc);
      return new Uint8Array([1]);
    },
  };
  await exportMaster(exportMasterRequestSchema.parse({ campaignId: 'dhtt-2026' }), BOARD, deps);
  return rendered.map((d) => d.titles);
}

describe('official list titles by event kind', () => {
  it('a congress names the Đại hội thi đua yêu nước, never the conference', async () => {
    expect(await titles('dai-hoi-thi-dua-yeu-nuoc')).toEqual([
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
      ['DANH SÁCH ĐẠI BIỂU', 'DỰ ĐẠI HỘI THI ĐUA YÊU NƯỚC'],
      ['THỐNG KÊ CƠ CẤU ĐẠI BIỂU', 'DỰ ĐẠI HỘI THI ĐUA YÊU NƯỚC'],
    ]);
  });

  it('a conference keeps its titles; an honouring event is titled for biểu dương', async () => {
    expect((await titles('hoi-nghi-dien-hinh-tien-tien'))[1]).toEqual([
      'DANH SÁCH ĐẠI BIỂU',
      'DỰ HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN',
    ]);
    const honouring = await titles('bieu-duong-lao-dong-gioi-sang-tao');
    expect(honouring[0]).toEqual(['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG']);
    expect(honouring[1]).toEqual([
      'DANH SÁCH ĐẠI BIỂU',
      'DỰ HỘI NGHỊ BIỂU DƯƠNG NGƯỜI LAO ĐỘNG GIỎI, LAO ĐỘNG SÁNG TẠO',
    ]);
  });
});
