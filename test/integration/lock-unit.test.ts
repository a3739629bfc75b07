// lockUnit over HTTP: the board locks a unit's accepted list, the unit's submissions are refused with UNIT_LOCKED
// (other units go on), campaignStatus shows the lock, and reopening lifts it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import type { CampaignStatusResponse, LockUnitResponse } from '../../shared/api/campaign-status';
import type { ErrorBody } from '../../shared/api/error-body';
import { API_ERRORS } from '../../shared/api/errors';
import { BOARD, CAMPAIGN, individualGrid, submitBody, userOf } from '../support/grids';
import { post } from '../support/http';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ port: 0 });
});

afterAll(async () => {
  await stack.close();
});

const lock = (body: Record<string, unknown>, user = BOARD) =>
  post<LockUnitResponse>(stack.url, 'lockUnit', { campaignId: CAMPAIGN, ...body }, { user });

const submit = (unitId: string, salt: string) =>
  post<ErrorBody & { version: number }>(
    stack.url,
    'submitNominations',
    submitBody(unitId, individualGrid(2, salt), `key-lock-${unitId}-${salt}`),
    { user: userOf(unitId) },
  );

async function lockOf(unitId: string) {
  const response = await post<CampaignStatusResponse>(
    stack.url,
    'campaignStatus',
    { campaignId: CAMPAIGN },
    { user: BOARD },
  );
  return { unit: response.body.units.find((u) => u.unitId === unitId), totals: response.body.totals };
}

describe('lockUnit', () => {
  it('locks a unit: its submissions are refused, the others go on, campaignStatus shows the lock', async () => {
    expect((await submit('so-y-te', 'a')).status).toBe(200);
    const locked = await lock({ unitId: 'so-y-te', action: 'lock', note: 'Đã duyệt xong.' });
    expect(locked.status).toBe(200);
    expect(locked.body).toMatchObject({
      changed: true,
      lock: {
        unitId: 'so-y-te',
        locked: true,
        changedBy: BOARD,
        note: 'Đã duyệt xong.',
        masterVersion: null,
      },
    });
    const refused = await submit('so-y-te', 'b');
    expect([refused.status, refused.body.error.code]).toEqual([409, 'UNIT_LOCKED']);
    expect(refused.body.error.message).toBe(API_ERRORS.UNIT_LOCKED.message);
    expect((await submit('so-noi-vu', 'b')).status).toBe(200);
    const { unit, totals } = await lockOf('so-y-te');
    expect(unit?.lock).toMatchObject({ locked: true, changedBy: BOARD });
    expect(totals.locked).toBe(1);
    expect((await lockOf('so-noi-vu')).unit?.lock).toBeNull();
  });

  it('answers a repeated lock unchanged, and refuses a unit user', async () => {
    const again = await lock({ unitId: 'so-y-te', action: 'lock' });
    expect(again.body).toMatchObject({ changed: false, lock: { locked: true, note: 'Đã duyệt xong.' } });
    const unitUser = await post<ErrorBody>(
      stack.url,
      'lockUnit',
      { campaignId: CAMPAIGN, unitId: 'so-y-te', action: 'reopen' },
      { user: userOf('so-y-te') },
    );
    expect([unitUser.status, unitUser.body.error.code]).toEqual([403, 'FORBIDDEN_ROLE']);
    const unknown = await lock({ unitId: 'khong-co', action: 'lock' });
    expect((unknown.body as unknown as ErrorBody).error.code).toBe('UNIT_NOT_IN_CAMPAIGN');
  });

  it('reopens: the unit submits again', async () => {
    const reopened = await lock({ unitId: 'so-y-te', action: 'reopen', note: 'Bổ sung hồ sơ.' });
    expect(reopened.body).toMatchObject({ changed: true, lock: { locked: false, note: 'Bổ sung hồ sơ.' } });
    expect((await submit('so-y-te', 'b')).status).toBe(200);
    expect((await lockOf('so-y-te')).unit?.lock?.locked).toBe(false);
  });
});
