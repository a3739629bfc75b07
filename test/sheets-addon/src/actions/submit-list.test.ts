import { describe, expect, it } from 'vitest';
import { submissionKeySchema } from '../../../../shared/api/ids';
import { type FetchAnswer, json, jsonRoutes } from '../../../fakes/apps-script/url-fetch';
import { readRecording, replay } from '../../support/recordings';
import { addon, column, connect, row, withTemplate } from '../../support/world';

interface Submitted {
  submissionKey: string;
  grid: { rows: unknown[][] };
}

/**
 * The real function's idempotency by submissionKey, answered with recorded bodies: a new key gets the recorded
 * "clean" answer (version counted here), a known key the recorded "replayed" answer with that key's version.
 */
function versionServer() {
  const byKey = new Map<string, number>();
  let versions = 0;
  const handler = (body: unknown): FetchAnswer => {
    const { submissionKey } = body as Submitted;
    const known = byKey.get(submissionKey);
    const version = known ?? ++versions;
    byKey.set(submissionKey, version);
    const recorded = readRecording('submitNominations', known === undefined ? 'clean' : 'replayed');
    return json(recorded.status, { ...(recorded.body as object), version });
  };
  return { handler, versions: () => versions };
}

async function unitWithList(route: (body: unknown) => FetchAnswer) {
  const a = await addon({ fetch: jsonRoutes({ submitNominations: route }) });
  connect(a);
  const sheet = withTemplate(a);
  sheet._fill([row(sheet, { 'Họ và tên': 'Nguyễn Văn An', 'Năm sinh': 1980 })], 2);
  a.ui.dialogs.length = 0;
  return { a, sheet };
}

const keys = (a: Awaited<ReturnType<typeof unitWithList>>['a']) =>
  (a.urlFetch._posted('submitNominations') as Submitted[]).map((b) => b.submissionKey);

describe('Nộp danh sách', () => {
  it('asks for confirmation, submits with a valid idempotency key and shows the version', async () => {
    const server = versionServer();
    const { a } = await unitWithList(server.handler);
    a.call('menuSubmitList');
    expect(a.ui.dialogs[0]?.message).toContain('Nộp 1 dòng của trang “Cá nhân”');
    const [key] = keys(a);
    expect(submissionKeySchema.safeParse(key).success).toBe(true);
    expect(a.ui._alerts().at(-1)).toContain('Đã nộp thành công: phiên bản số 1.');
    expect(a.lock.documentLock.acquisitions).toBe(1);
    expect(a.lock.documentLock.hasLock()).toBe(false);
  });

  it('never makes two versions on a double click or a retry after a network failure', async () => {
    const server = versionServer();
    let failNext = true;
    const { a } = await unitWithList((body) => {
      if (failNext) {
        failNext = false;
        throw new Error('socket hang up');
      }
      return server.handler(body);
    });
    a.call('menuSubmitList');
    expect(a.ui._alerts().at(-1)).toContain('Không kết nối được máy chủ');
    a.call('menuSubmitList');
    a.call('menuSubmitList');
    expect(new Set(keys(a)).size).toBe(1);
    expect(server.versions()).toBe(1);
    expect(a.ui._alerts().at(-1)).toContain('đã được nộp trước đó (phiên bản số 1)');
  });

  it('gives changed content a new key, also when going back to an earlier content', async () => {
    const server = versionServer();
    const { a, sheet } = await unitWithList(server.handler);
    const name = column(sheet, 'Họ và tên');
    a.call('menuSubmitList');
    sheet._put(sheet._values, 2, name, 'Nguyễn Văn Anh');
    a.call('menuSubmitList');
    sheet._put(sheet._values, 2, name, 'Nguyễn Văn An');
    a.call('menuSubmitList');
    const [k1, k2, k3] = keys(a);
    expect(new Set([k1, k2, k3]).size).toBe(3);
    expect(server.versions()).toBe(3);
    expect(k1?.slice(0, 24)).toBe(k3?.slice(0, 24));
  });

  it('sends nothing when the user says no or when another submission holds the lock', async () => {
    const server = versionServer();
    const { a } = await unitWithList(server.handler);
    a.ui.alertAnswers.push('NO');
    a.call('menuSubmitList');
    a.lock.documentLock.heldElsewhere = true;
    a.call('menuSubmitList');
    expect(a.urlFetch.requests).toHaveLength(0);
    expect(a.ui._alerts().at(-1)).toContain('Một thao tác nộp khác đang chạy');
  });

  it('explains a submission after the deadline clearly', async () => {
    const closed = readRecording('submitNominations', 'deadline-passed').body as {
      error: { message: string };
    };
    const { a } = await unitWithList(() => replay('submitNominations', 'deadline-passed'));
    a.call('menuSubmitList');
    const text = a.ui._alerts().at(-1) ?? '';
    expect(text).toContain(closed.error.message);
    expect(text).toContain('liên hệ Ban Thi đua – Khen thưởng');
  });

  it('stores a list with errors (recorded answer), paints the cells and lists the issues', async () => {
    const answer = readRecording('submitNominations', 'with-errors').body as {
      issues: Array<{ row: number; column: number; message: string }>;
      late: boolean;
    };
    const { a, sheet } = await unitWithList(() => replay('submitNominations', 'with-errors'));
    a.call('menuSubmitList');
    for (const issue of answer.issues)
      expect(sheet._backgrounds[issue.row - 1]?.[issue.column - 1]).toBe('#f4c7c3');
    const payload = a.ui.sidebars[0]?._payload<{ notice: string; issues: Array<{ message: string }> }>();
    expect(payload?.notice).toContain('còn dòng có lỗi');
    expect(payload?.issues.map((i) => i.message)).toEqual(answer.issues.map((i) => i.message));
    expect(answer.late).toBe(false);
    expect(payload?.notice).not.toContain('sau hạn chót');
  });
});
