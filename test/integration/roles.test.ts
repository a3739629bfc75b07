// The 401/403 table of every HTTP function in local (dev) sign-in mode, and what a unit user sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../../functions/local/stack';
import type { CampaignStatusResponse } from '../../shared/api/campaign-status';
import type { ErrorBody } from '../../shared/api/error-body';
import { BOARD, CAMPAIGN, individualGrid, submitBody, userOf } from '../support/grids';
import { post } from '../support/http';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ port: 0 });
  await stack.services.members.saveMembers([
    { email: 'nghi.huu@langson.example', role: 'unit', unitIds: ['so-y-te'], active: false },
  ]);
});

afterAll(async () => {
  await stack.close();
});

const grid = individualGrid(1);
const bodies: Record<string, (unitId: string) => unknown> = {
  validateRows: (unitId) => ({ campaignId: CAMPAIGN, unitId, kind: 'individual', grid }),
  submitNominations: (unitId) => submitBody(unitId, grid, `key-role-${unitId}`),
  campaignStatus: (unitId) => ({ campaignId: CAMPAIGN, unitId }),
  adminCampaign: () => ({ campaignId: CAMPAIGN, members: [] }),
};

const table: Array<[string, string | undefined, string, number, string | null]> = [];
for (const fn of Object.keys(bodies)) {
  table.push([fn, undefined, 'so-y-te', 401, 'UNAUTHENTICATED']);
  table.push([fn, 'la@langson.example', 'so-y-te', 403, 'NOT_A_MEMBER']);
  table.push([fn, 'nghi.huu@langson.example', 'so-y-te', 403, 'NOT_A_MEMBER']);
  table.push([fn, BOARD, 'so-y-te', 200, null]);
}
table.push(['validateRows', userOf('so-y-te'), 'so-noi-vu', 403, 'FORBIDDEN_UNIT']);
table.push(['submitNominations', userOf('so-y-te'), 'so-noi-vu', 403, 'FORBIDDEN_UNIT']);
table.push(['campaignStatus', userOf('so-y-te'), 'so-noi-vu', 403, 'FORBIDDEN_UNIT']);
table.push(['adminCampaign', userOf('so-y-te'), 'so-y-te', 403, 'FORBIDDEN_ROLE']);
table.push(['validateRows', userOf('so-y-te'), 'so-y-te', 200, null]);
table.push(['submitNominations', userOf('so-y-te'), 'so-y-te', 200, null]);

describe('roles', () => {
  it.each(table)('%s as %s for %s → %i %s', async (fn, user, unitId, status, code) => {
    const response = await post<ErrorBody>(stack.url, fn, bodies[fn]?.(unitId), user ? { user } : {});
    expect(response.status).toBe(status);
    if (code) expect(response.body.error.code).toBe(code);
  });

  it('shows a unit user only their own units and records the read in the access log', async () => {
    const response = await post<CampaignStatusResponse>(
      stack.url,
      'campaignStatus',
      { campaignId: CAMPAIGN },
      { user: userOf('so-y-te') },
    );
    expect(response.body.units.map((u) => u.unitId)).toEqual(['so-y-te']);
    const day = new Date().toISOString().slice(0, 10);
    const entries = await stack.services.db
      .collection('accessLog')
      .doc(day)
      .collection('entries')
      .where('actor', '==', userOf('so-y-te'))
      .get();
    expect(entries.docs.map((d) => d.get('action'))).toContain('campaignStatus');
  });
});
