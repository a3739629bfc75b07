// The importWorkbook use case with an in-memory submit port that behaves like submitNominations (idempotent by key).
import { describe, expect, it } from 'vitest';
import type { SheetMatrix } from '../../../../functions/app/submissions/import-grids';
import {
  fileHash,
  type ImportWorkbookPorts,
  importSubmissionKey,
  importWorkbook,
} from '../../../../functions/app/submissions/workbook-lists';
import { submissionKeySchema } from '../../../../shared/api/ids';
import type { SubmitNominationsRequest, SubmitNominationsResponse } from '../../../../shared/api/nominations';

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
  {
    name: 'Tập thể',
    values: [
      ['STT', 'Tên tập thể', 'Số thành viên'],
      [1, 'Thôn Nà Pàn', 120],
    ],
    merges: [],
    legacyFonts: {},
  },
];

function memoryPorts(sheets: SheetMatrix[] = SHEETS) {
  const versions = new Map<string, SubmitNominationsResponse>();
  const calls: SubmitNominationsRequest[] = [];
  const ports: ImportWorkbookPorts = {
    readSheets: async (_bytes, onProgress) => {
      onProgress?.({ phase: 'read', sheetName: 'Cá nhân', rowsRead: 2, rowsTotal: 2 });
      return sheets;
    },
    submit: async (request) => {
      calls.push(request);
      const seen = versions.get(request.submissionKey);
      if (seen !== undefined) return { ...seen, replayed: true };
      const version = [...versions.values()].filter((v) => v.versionId.startsWith(request.kind)).length + 1;
      const response: SubmitNominationsResponse = {
        version,
        versionId: `${request.kind}-${version}`,
        status: 'clean',
        summary: {
          rows: request.grid.rows.length,
          validRows: request.grid.rows.length,
          errorRows: 0,
          errors: 0,
          warnings: 0,
        },
        issues: [],
        replayed: false,
        submittedAt: '2026-03-10T01:00:00.000Z',
        late: false,
      };
      versions.set(request.submissionKey, response);
      return response;
    },
  };
  return { ports, calls, versions };
}

const BYTES = new TextEncoder().encode('pretend xlsx bytes');

describe('importWorkbook', () => {
  it('submits one grid per kind with a content-hash key valid for the API', async () => {
    const { ports, calls } = memoryPorts();
    const result = await importWorkbook(ports, {
      campaignId: 'dhtt-2026',
      unitId: 'xa-tan-thanh',
      bytes: BYTES,
    });
    expect(calls.map((c) => [c.kind, c.grid.sheetName, c.submissionKey])).toEqual([
      ['individual', 'Cá nhân', importSubmissionKey(fileHash(BYTES), 'individual')],
      ['collective', 'Tập thể', importSubmissionKey(fileHash(BYTES), 'collective')],
    ]);
    for (const c of calls) expect(submissionKeySchema.safeParse(c.submissionKey).success).toBe(true);
    expect(calls[0]?.grid).toEqual({
      header: ['STT', 'Họ và tên', 'Năm sinh'],
      rows: [[1, 'Nguyễn Văn An', 1980]],
      firstRow: 2,
      firstColumn: 1,
      sheetName: 'Cá nhân',
    });
    expect(result.submissions.map((s) => [s.kind, s.rows, s.response.version])).toEqual([
      ['individual', 1, 1],
      ['collective', 1, 1],
    ]);
  });

  it('importing the same file twice makes one version per kind (the second is a replay)', async () => {
    const { ports, versions } = memoryPorts();
    const input = { campaignId: 'dhtt-2026', unitId: 'xa-tan-thanh', bytes: BYTES };
    await importWorkbook(ports, input);
    const again = await importWorkbook(ports, input);
    expect(versions.size).toBe(2);
    expect(again.submissions.map((s) => s.response.replayed)).toEqual([true, true]);
    const other = await importWorkbook(ports, { ...input, bytes: new TextEncoder().encode('edited file') });
    expect(other.submissions.map((s) => [s.response.version, s.response.replayed])).toEqual([
      [2, false],
      [2, false],
    ]);
  });

  it('refuses a workbook with two lists of the same kind before submitting anything', async () => {
    const first = SHEETS[0] as SheetMatrix;
    const { ports, calls } = memoryPorts([first, { ...first, name: 'Cá nhân (2)' }]);
    await expect(
      importWorkbook(ports, { campaignId: 'c1', unitId: 'u1', bytes: BYTES }),
    ).rejects.toMatchObject({
      code: 'IMPORT_SEVERAL_LISTS',
    });
    expect(calls).toHaveLength(0);
  });

  it('reports read and submit progress', async () => {
    const { ports } = memoryPorts();
    const phases: string[] = [];
    await importWorkbook(ports, {
      campaignId: 'c1',
      unitId: 'u1',
      bytes: BYTES,
      onProgress: (p) => phases.push(`${p.phase}:${p.sheetName}`),
    });
    expect(phases).toEqual(['read:Cá nhân', 'submit:Cá nhân', 'submit:Tập thể']);
  });
});
