// The decision submenu in the built Code.js, on recorded answers of the real functions (decisionDrafts,
// recordDecision, certificates and their coded refusals): files saved into the campaign's Drive folder byte for
// byte, the decision number and date checked before any call, the confirmation counting the approved entries.
import { describe, expect, it } from 'vitest';
import { API_ERRORS } from '../../../../shared/api/errors';
import type { Addon } from '../../../fakes/apps-script/sandbox';
import { readRecording, replayRoutes } from '../../support/recordings';
import { addon, connect } from '../../support/world';

type RecordedFile = { name: string; title: string; size: number; mimeType: string; contentBase64: string };

async function board(routes: Record<string, string>, prompts: Array<[string, string]> = []) {
  const a = await addon({ fetch: replayRoutes(routes) });
  connect(a);
  a.ui.promptAnswers.push(...prompts);
  return a;
}

/** The files in the campaign folder, trashed ones left out (`trashed: true` for those only). */
function savedFiles(a: Addon, trashed = false) {
  const folderId = a.properties.document.getProperty('tonvinh.driveFolderId') ?? '';
  return (a.drive.folders.get(folderId)?._files() ?? []).filter((f) => f.isTrashed() === trashed);
}

const bytesOf = (file: { _bytes: number[] }) => Buffer.from(file._bytes.map((b) => b & 0xff));
const posted = (a: Addon, fn: string) =>
  a.urlFetch.requests.filter((r) => r.url.endsWith(`/${fn}`)).map((r) => JSON.parse(r.body) as unknown);
const confirmations = (a: Addon) =>
  a.ui.dialogs.filter((d) => d.kind === 'alert' && d.buttons === 'YES_NO').map((d) => d.message);

describe('Lập dự thảo Tờ trình, Quyết định', () => {
  it('saves both recorded .docx drafts into the campaign folder, byte for byte, and links them', async () => {
    const a = await board({ decisionDrafts: 'drafts' });
    a.call('menuDecisionDrafts');
    const recorded = readRecording('decisionDrafts', 'drafts');
    const body = recorded.body as { version: number; entries: number; files: RecordedFile[] };
    expect(posted(a, 'decisionDrafts')).toEqual([recorded.request.body]);
    const saved = savedFiles(a);
    expect(saved.map((f) => f.getName())).toEqual(body.files.map((f) => f.name));
    for (const [i, file] of saved.entries()) {
      expect(bytesOf(file).length).toBe(body.files[i]?.size);
      expect(bytesOf(file).subarray(0, 2).toString('latin1')).toBe('PK');
      expect(file.getMimeType()).toBe(body.files[i]?.mimeType);
    }
    const page = a.ui.sidebars.at(-1)?._payload<{ title: string; intro: string; links: unknown[] }>();
    expect(page?.title).toBe(`Dự thảo từ danh sách tổng hợp phiên bản số ${body.version}`);
    expect(page?.intro).toContain(`${body.entries} trường hợp đã duyệt`);
    expect(page?.links).toEqual(
      saved.map((f, i) => ({ label: body.files[i]?.title, url: f.getUrl(), note: 'mới tạo' })),
    );
    // Made again (reviews may have changed under the same master version): the earlier drafts go to the trash.
    a.call('menuDecisionDrafts');
    const again = savedFiles(a);
    expect(again.map((f) => f.getName())).toEqual(body.files.map((f) => f.name));
    expect(again.map((f) => f.getId())).not.toEqual(saved.map((f) => f.getId()));
    expect(savedFiles(a, true).map((f) => f.getId())).toEqual(saved.map((f) => f.getId()));
  });

  it('shows the coded refusal when no entry is approved', async () => {
    const a = await board({ decisionDrafts: 'none-approved' });
    a.call('menuDecisionDrafts');
    expect(a.ui._notices()).toEqual([
      `Thi đua – Khen thưởng: ${API_ERRORS.DECISION_NO_APPROVED_ENTRIES.message}`,
    ]);
    expect(savedFiles(a)).toEqual([]);
  });
});

describe('Ghi quyết định khen thưởng', () => {
  const ask: Array<[string, string]> = [
    ['OK', ' 1234 / qđ-ubnd '],
    ['OK', '15/9/2026'],
  ];

  it('checks number and date, confirms with the approved count, records and tells what was recorded', async () => {
    const a = await board({ decisionDrafts: 'to-trinh', recordDecision: 'recorded' }, ask);
    a.call('menuRecordDecision');
    const count = (readRecording('decisionDrafts', 'to-trinh').body as { entries: number }).entries;
    expect(count).toBe(1);
    expect(posted(a, 'decisionDrafts')).toEqual([readRecording('decisionDrafts', 'to-trinh').request.body]);
    expect(confirmations(a)).toEqual([
      'Ghi nhận Quyết định số 1234/QĐ-UBND ngày 15/09/2026 cho 1 trường hợp đã duyệt? Các trường hợp này chuyển sang “Đã khen thưởng” và được ghi vào lịch sử khen thưởng.',
    ]);
    const recorded = readRecording('recordDecision', 'recorded');
    expect(posted(a, 'recordDecision')).toEqual([recorded.request.body]);
    expect(a.ui._notices()).toEqual([
      'Ghi quyết định khen thưởng: Đã ghi nhận Quyết định số 1234/QĐ-UBND: 1 trường hợp được khen thưởng.',
    ]);
    expect(a.properties.document.getProperty('tonvinh.decisionNumber')).toBe('1234/QĐ-UBND');
  });

  it('a retry after the decision was recorded: asks to check again and shows the entries unchanged', async () => {
    const a = await board({ decisionDrafts: 'none-approved', recordDecision: 'replayed' }, ask);
    a.call('menuRecordDecision');
    expect(confirmations(a)[0]).toContain('Không còn trường hợp nào ở trạng thái “Đã duyệt”.');
    expect(posted(a, 'recordDecision')).toEqual([readRecording('recordDecision', 'replayed').request.body]);
    expect(a.ui._notices()).toEqual([
      'Ghi quyết định khen thưởng: Đã ghi nhận Quyết định số 1234/QĐ-UBND: 0 trường hợp được khen thưởng. 1 trường hợp đã được ghi nhận từ trước (không đổi).',
    ]);
  });

  it('refuses a malformed number or a future date before any call, with the table message', async () => {
    const badNumber = await board({}, [['OK', '1234/QD-UBND']]);
    badNumber.call('menuRecordDecision');
    expect(badNumber.urlFetch.requests).toEqual([]);
    expect(badNumber.ui._notices()).toEqual([
      `Thi đua – Khen thưởng: ${API_ERRORS.DECISION_NUMBER_INVALID.message}`,
    ]);
    const future = await board({}, [
      ['OK', '1234/QĐ-UBND'],
      ['OK', '31/12/2999'],
    ]);
    future.call('menuRecordDecision');
    expect(future.urlFetch.requests).toEqual([]);
    expect(future.ui._notices()).toEqual([
      `Thi đua – Khen thưởng: ${API_ERRORS.DECISION_DATE_INVALID.message}`,
    ]);
  });

  it('sends nothing when the board cancels the prompt or answers No', async () => {
    const cancelled = await board({}, [['CANCEL', '']]);
    cancelled.call('menuRecordDecision');
    expect(cancelled.urlFetch.requests).toEqual([]);
    const no = await board({ decisionDrafts: 'to-trinh' }, ask);
    no.ui.alertAnswers.push('NO');
    no.call('menuRecordDecision');
    expect(posted(no, 'recordDecision')).toEqual([]);
    expect(no.ui._notices()).toEqual([]);
  });

  it('maps the server refusal through the error table', async () => {
    const a = await board({ decisionDrafts: 'to-trinh', recordDecision: 'number-invalid' }, ask);
    a.call('menuRecordDecision');
    expect(a.ui._notices()).toEqual([`Thi đua – Khen thưởng: ${API_ERRORS.DECISION_NUMBER_INVALID.message}`]);
    expect(a.properties.document.getProperty('tonvinh.decisionNumber')).toBeNull();
  });
});

describe('In giấy khen', () => {
  it('prints for the decision last recorded: the PDF saved into the campaign folder and linked', async () => {
    const a = await board({ certificates: 'printed' }, [['OK', '']]);
    a.properties.document.setProperty('tonvinh.decisionNumber', '1234/QĐ-UBND');
    a.call('menuPrintCertificates');
    const recorded = readRecording('certificates', 'printed');
    const body = recorded.body as { pages: number; decisionNumber: string; file: RecordedFile };
    expect(a.ui.dialogs[0]?.message).toContain('Đang dùng: 1234/QĐ-UBND');
    expect(posted(a, 'certificates')).toEqual([recorded.request.body]);
    const saved = savedFiles(a);
    expect(saved.map((f) => f.getName())).toEqual([body.file.name]);
    expect(bytesOf(saved[0] as { _bytes: number[] }).length).toBe(body.file.size);
    expect(
      bytesOf(saved[0] as { _bytes: number[] })
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    const page = a.ui.sidebars.at(-1)?._payload<{ title: string; intro: string; links: unknown[] }>();
    expect(page?.title).toBe('Giấy khen theo Quyết định số 1234/QĐ-UBND ngày 15/09/2026');
    expect(page?.intro).toContain(`${body.pages} trang`);
    expect(page?.links).toEqual([{ label: body.file.title, url: saved[0]?.getUrl(), note: 'mới tạo' }]);
  });

  it('shows the coded refusal for a decision not recorded, and saves nothing', async () => {
    const a = await board({ certificates: 'unknown-decision' }, [['OK', '9999/QĐ-UBND']]);
    a.call('menuPrintCertificates');
    expect(posted(a, 'certificates')).toEqual([
      readRecording('certificates', 'unknown-decision').request.body,
    ]);
    expect(a.ui._notices()).toEqual([`Thi đua – Khen thưởng: ${API_ERRORS.DECISION_NOT_FOUND.message}`]);
    expect(savedFiles(a)).toEqual([]);
  });
});
