import { describe, expect, it } from 'vitest';
import { checkDossier, parseDossier, parseDriveLink } from '../../../shared/checks/dossier';
import {
  countDossiers,
  DEFAULT_DOSSIER_CHECKLIST,
  dossierCompleteness,
  requiredDocs,
} from '../../../shared/checks/dossier-checklist';
import { dossierDocType } from '../../../shared/vocab/dossier-documents';

const FILE = '1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const DOC = '1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543';

describe('parseDriveLink', () => {
  it.each([
    [`https://drive.google.com/file/d/${FILE}/view?usp=sharing`, 'file', FILE],
    [`https://drive.google.com/file/d/${FILE}`, 'file', FILE],
    [`drive.google.com/file/d/${FILE}/view`, 'file', FILE],
    [`https://drive.google.com/file/u/0/d/${FILE}/view`, 'file', FILE],
    [`https://drive.google.com/open?id=${FILE}`, 'file', FILE],
    [`https://drive.google.com/uc?export=download&id=${FILE}`, 'file', FILE],
    [`https://docs.google.com/document/d/${DOC}/edit`, 'document', DOC],
    [`https://docs.google.com/spreadsheets/d/${DOC}/edit#gid=0`, 'spreadsheet', DOC],
    [`https://docs.google.com/presentation/d/${DOC}`, 'presentation', DOC],
    [`https://docs.google.com/document/u/1/d/${DOC}/edit`, 'document', DOC],
    [`https://drive.google.com/drive/folders/${FILE}?usp=sharing`, 'folder', FILE],
    [`https://drive.google.com/drive/u/0/folders/${FILE}`, 'folder', FILE],
  ])('%s is a %s', (url, kind, id) => {
    expect(parseDriveLink(url)).toMatchObject({ kind, id });
  });

  it.each([
    'https://onedrive.live.com/redir?resid=ABC',
    'https://drive.google.com/drive/my-drive',
    'https://drive.google.com/file/d/short/view',
    'https://docs.google.com/document/create',
    `https://evil.example/drive.google.com/file/d/${FILE}`,
    `https://drive.google.com.evil.example/file/d/${FILE}`,
  ])('%s is not a Drive link', (url) => {
    expect(parseDriveLink(url)).toBeUndefined();
  });
});

describe('parseDossier', () => {
  it('reads typed lines, untyped links and several links on one line', () => {
    const text = [
      `Báo cáo thành tích: https://drive.google.com/file/d/${FILE}/view`,
      `  biên bản họp xét - https://docs.google.com/document/d/${DOC}/edit  `,
      `https://drive.google.com/open?id=${FILE}`,
      `QĐKT: https://drive.google.com/file/d/${DOC}; Sáng kiến https://drive.google.com/file/d/${FILE}.`,
    ].join('\n');
    const { docs, problems } = parseDossier(text);
    expect(problems).toEqual([]);
    expect(docs.map((d) => [d.type, d.link.id])).toEqual([
      ['BAOCAO', FILE],
      ['BIENBAN', DOC],
      [undefined, FILE],
      ['QDKT', DOC],
      ['SANGKIEN', FILE],
    ]);
  });

  it('ignores list numbers and bullets before the type', () => {
    const text = `1. Báo cáo thành tích: https://drive.google.com/file/d/${FILE}\n- Biên bản: https://drive.google.com/file/d/${DOC}\nb) Tờ trình https://drive.google.com/file/d/${FILE}`;
    const { docs, problems } = parseDossier(text);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.type)).toEqual(['BAOCAO', 'BIENBAN', 'TOTRINH']);
  });

  it('reports a line without a Drive link and an unknown type, keeping the good links', () => {
    const text = `Báo cáo: https://example.com/bc.pdf\nGiấy tờ linh tinh: https://drive.google.com/file/d/${FILE}\nxem email`;
    const { docs, problems } = parseDossier(text);
    expect(problems.map((p) => [p.code, p.params?.value])).toEqual([
      ['dossier.badLink', 'https://example.com/bc.pdf'],
      ['dossier.unknownType', 'Giấy tờ linh tinh'],
      ['dossier.badLink', 'xem email'],
    ]);
    expect(docs).toEqual([
      { link: { kind: 'file', id: FILE, url: `https://drive.google.com/file/d/${FILE}` } },
    ]);
  });

  it('stores canonical text that parses back to the same documents', () => {
    const checked = checkDossier(
      `bctt https://drive.google.com/file/d/${FILE}/view\ndrive.google.com/drive/folders/${DOC}`,
    );
    expect(checked.problems).toEqual([]);
    expect(checked.value).toBe(
      `Báo cáo thành tích: https://drive.google.com/file/d/${FILE}/view\nhttps://drive.google.com/drive/folders/${DOC}`,
    );
    expect(checkDossier(checked.value as string).value).toBe(checked.value);
  });

  it('an all-bad cell stores nothing', () => {
    expect(checkDossier('đã gửi qua thư').value).toBeUndefined();
  });
});

describe('document type vocabulary', () => {
  it.each([
    ['Báo cáo thành tích', 'BAOCAO'],
    ['bao cao thanh tich', 'BAOCAO'],
    ['Tờ trình', 'TOTRINH'],
    ['Công văn đề nghị', 'TOTRINH'],
    ['Biên bản họp Hội đồng thi đua khen thưởng', 'BIENBAN'],
    ['Quyết định công nhận sáng kiến', 'SANGKIEN'],
    ['QĐ khen thưởng', 'QDKT'],
    ['QDKT', 'QDKT'],
  ])('%s → %s', (text, code) => {
    expect(dossierDocType(text)).toBe(code);
  });
});

describe('dossier checklist', () => {
  const baocao = `Báo cáo thành tích: https://drive.google.com/file/d/${FILE}`;
  const bienban = `Biên bản: https://drive.google.com/file/d/${DOC}`;

  it('defaults: report and minutes for any award; an initiative award also its recognition', () => {
    expect(DEFAULT_DOSSIER_CHECKLIST['*']).toEqual(['BAOCAO', 'BIENBAN']);
    expect(requiredDocs({ award: 'BK_TINH' }, DEFAULT_DOSSIER_CHECKLIST, {})).toEqual(['BAOCAO', 'BIENBAN']);
    expect(requiredDocs({ award: 'CSTD_TINH' }, DEFAULT_DOSSIER_CHECKLIST, {})).toEqual([
      'BAOCAO',
      'BIENBAN',
      'SANGKIEN',
    ]);
    expect(requiredDocs({ delegate: true }, DEFAULT_DOSSIER_CHECKLIST, {})).toEqual([]);
    expect(requiredDocs({ honoured: true }, DEFAULT_DOSSIER_CHECKLIST, {})).toEqual([]);
  });

  it('a row claiming initiatives needs their recognition, unless the campaign turns that off', () => {
    const row = { award: 'CSTD_CS', initiatives: 1 };
    expect(requiredDocs(row, DEFAULT_DOSSIER_CHECKLIST, {})).toEqual(['BAOCAO', 'BIENBAN', 'SANGKIEN']);
    expect(requiredDocs(row, DEFAULT_DOSSIER_CHECKLIST, { dossierInitiativeProof: false })).toEqual([
      'BAOCAO',
      'BIENBAN',
    ]);
  });

  it('campaign rules override key by key', () => {
    const rules = {
      dossierChecklist: { '*': ['BAOCAO' as const], delegate: ['QDKT' as const], CSTD_TINH: [] },
    };
    expect(dossierCompleteness({ award: 'BK_TINH', dossier: baocao }, rules)).toEqual({
      required: ['BAOCAO'],
      present: ['BAOCAO'],
      missing: [],
    });
    expect(dossierCompleteness({ award: 'CSTD_TINH' }, rules).required).toEqual([]);
    expect(dossierCompleteness({ delegate: true }, rules).missing).toEqual(['QDKT']);
  });

  it('counts complete and incomplete rows and missing documents', () => {
    const rows = [
      { award: 'BK_TINH', dossier: `${baocao}\n${bienban}` },
      { award: 'BK_TINH', dossier: baocao },
      { award: 'CSTD_TINH' },
      { delegate: true },
    ];
    expect(countDossiers(rows, {})).toEqual({ rows: 3, complete: 1, incomplete: 2, missingDocs: 4 });
  });
});
