// unitSubmissions over HTTP on the embedded emulator: the board reads what a unit sent (versions and one version's
// rows with their issues, paged), a unit editor only its own units, and every read lands in the access log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import type { ErrorBody } from '../../shared/api/error-body';
import type { SubmitNominationsResponse } from '../../shared/api/nominations';
import type { UnitSubmissionsResponse } from '../../shared/api/unit-submissions';
import { BOARD, CAMPAIGN, individualGrid, submitBody, userOf } from '../support/grids';
import { post } from '../support/http';

let stack: Stack;
const UNIT = 'so-noi-vu';

beforeAll(async () => {
  stack = await startStack({ port: 0 });
  const clean = individualGrid(5);
  const withErrors = individualGrid(5, 'x');
  const bad = withErrors.rows[1] as unknown[];
  bad[5] = '12345';
  bad[2] = 'Không rõ';
  for (const [grid, key] of [
    [clean, 'key-unit-sub-01'],
    [withErrors, 'key-unit-sub-02'],
  ] as const) {
    const r = await post<SubmitNominationsResponse>(
      stack.url,
      'submitNominations',
      submitBody(UNIT, grid, key),
      {
        user: userOf(UNIT),
      },
    );
    expect(r.status).toBe(200);
  }
}, 60_000);

afterAll(async () => {
  await stack.close();
});

const read = (user: string, body: Record<string, unknown>) =>
  post<UnitSubmissionsResponse>(
    stack.url,
    'unitSubmissions',
    { campaignId: CAMPAIGN, unitId: UNIT, ...body },
    { user },
  );

describe('unitSubmissions', () => {
  it('lists the versions a unit sent, with counts, kind, time and lateness', async () => {
    const response = await read(BOARD, {});
    expect(response.status).toBe(200);
    expect(response.body.unitName).toBe('Sở Nội vụ');
    expect(response.body.rows).toBeUndefined();
    const versions = response.body.versions.map((v) => [
      v.version,
      v.kind,
      v.status,
      v.counts.rows,
      v.counts.errorRows,
      v.late,
      v.latest,
    ]);
    expect(versions).toEqual([
      [1, 'individual', 'clean', 5, 0, false, false],
      [2, 'individual', 'with_errors', 5, 1, false, true],
    ]);
  });

  it('returns a version’s rows with their issues, paged and filtered by validity', async () => {
    const first = await read(BOARD, { version: 2, pageSize: 2 });
    expect(first.body.rows?.page).toEqual({ offset: 0, size: 2, total: 5, nextOffset: 2 });
    expect(first.body.rows?.items.map((r) => r.sheetRow)).toEqual([2, 3]);
    const invalid = first.body.rows?.items[1];
    expect(invalid?.valid).toBe(false);
    expect(invalid?.cells[5]).toBe('12345');
    expect(invalid?.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['cccd', 'gender']));
    expect(invalid?.issues.every((i) => i.message.length > 0 && i.row === 3)).toBe(true);
    const last = await read(BOARD, { version: 2, pageSize: 2, offset: 4 });
    expect(last.body.rows?.page).toEqual({ offset: 4, size: 1, total: 5, nextOffset: null });
    const onlyInvalid = await read(userOf(UNIT), { version: 2, validity: 'invalid' });
    expect(onlyInvalid.body.rows?.items.map((r) => r.sheetRow)).toEqual([3]);
    expect(onlyInvalid.body.rows?.header).toEqual([expect.arrayContaining(['Họ và tên'])]);
  });

  it('refuses another unit’s editor and an unknown version with coded errors', async () => {
    const other = await read(userOf('so-y-te'), {});
    expect([other.status, (other.body as unknown as ErrorBody).error.code]).toEqual([403, 'FORBIDDEN_UNIT']);
    const unknown = await read(BOARD, { version: 9 });
    expect([unknown.status, (unknown.body as unknown as ErrorBody).error.code]).toEqual([
      404,
      'SUBMISSION_VERSION_NOT_FOUND',
    ]);
    expect((unknown.body as unknown as ErrorBody).error.message).toContain('phiên bản');
  });

  it('records each read in the access log', async () => {
    const day = new Date().toISOString().slice(0, 10);
    const entries = await stack.services.db
      .collection('accessLog')
      .doc(day)
      .collection('entries')
      .where('action', '==', 'unitSubmissions')
      .get();
    const details = entries.docs.map((d) => `${d.get('actor')} ${d.get('unitId')} ${d.get('detail')}`);
    expect(details).toContain(`${BOARD} ${UNIT} versions (2)`);
    expect(details).toContain(`${BOARD} ${UNIT} v2 rows 0-2 of 5`);
    expect(details).toContain(`${userOf(UNIT)} ${UNIT} v2 rows 0-1 of 1`);
  });
});
