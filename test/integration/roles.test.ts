// The 401/403 table of every HTTP function in local (dev) sign-in mode, and what a unit user sees. Roles are
// granted per campaign: a member of one campaign is refused (403 FORBIDDEN_CAMPAIGN) anything of another, and the
// province super-admin administers any campaign (adminCampaign) but holds no other role in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCampaign } from '../../functions/local/seed-data';
import { type Stack, startStack } from '../../functions/local/stack';
import type { CampaignStatusResponse } from '../../shared/api/campaign-status';
import type { ErrorBody } from '../../shared/api/error-body';
import { BOARD, CAMPAIGN, individualGrid, userOf } from '../support/grids';
import { post } from '../support/http';

let stack: Stack;
const OTHER = 'ls-khac-2026';
const OTHER_BOARD = 'bt.khac@langson.example';
const OTHER_EDITOR = 'yte.khac@langson.example';
const ADMIN = 'quantri@langson.example';

beforeAll(async () => {
  stack = await startStack({ port: 0 });
  await stack.services.members.saveCampaignMembers(CAMPAIGN, [
    { email: 'nghi.huu@langson.example', role: 'unit', unitIds: ['so-y-te'], active: false },
  ]);
  await stack.services.members.saveMembers([{ email: ADMIN, role: 'admin', unitIds: [], active: true }]);
  const created = await post(
    stack.url,
    'adminCampaign',
    {
      campaignId: OTHER,
      campaign: { ...seedCampaign(new Date()), title: 'Đợt khác' },
      units: [{ id: 'so-y-te', name: 'Sở Y tế', kind: 'department' }],
      members: [
        { email: OTHER_BOARD, role: 'board' },
        { email: OTHER_EDITOR, role: 'unit', unitIds: ['so-y-te'] },
      ],
    },
    { user: BOARD },
  );
  if (created.status !== 200) throw new Error(JSON.stringify(created.body));
});

afterAll(async () => {
  await stack.close();
});

const grid = individualGrid(1);
type Body = (unitId: string, campaignId: string) => unknown;
const bodies: Record<string, Body> = {
  validateRows: (unitId, campaignId) => ({ campaignId, unitId, kind: 'individual', grid }),
  submitNominations: (unitId, campaignId) => ({
    campaignId,
    unitId,
    kind: 'individual',
    grid,
    submissionKey: `key-role-${campaignId}-${unitId}`,
  }),
  campaignStatus: (unitId, campaignId) => ({ campaignId, unitId }),
  adminCampaign: (_unitId, campaignId) => ({ campaignId, members: [] }),
};
const boardOnly: Record<string, Body> = {
  consolidate: (_unitId, campaignId) => ({ campaignId, dryRun: true }),
  masterList: (_unitId, campaignId) => ({ campaignId }),
  reviewNominees: (_unitId, campaignId) => ({
    campaignId,
    reviews: [{ nomineeId: 'i-khong-co', state: 'approved' }],
  }),
  lockUnit: (unitId, campaignId) => ({ campaignId, unitId, action: 'lock' }),
};

type Row = [string, string | undefined, string, number, string | null, string];
const table: Row[] = [];
for (const fn of Object.keys(bodies)) {
  table.push([fn, undefined, 'so-y-te', 401, 'UNAUTHENTICATED', CAMPAIGN]);
  table.push([fn, 'la@langson.example', 'so-y-te', 403, 'NOT_A_MEMBER', CAMPAIGN]);
  table.push([fn, 'nghi.huu@langson.example', 'so-y-te', 403, 'NOT_A_MEMBER', CAMPAIGN]);
  table.push([fn, BOARD, 'so-y-te', 200, null, CAMPAIGN]);
}
table.push(['validateRows', userOf('so-y-te'), 'so-noi-vu', 403, 'FORBIDDEN_UNIT', CAMPAIGN]);
table.push(['submitNominations', userOf('so-y-te'), 'so-noi-vu', 403, 'FORBIDDEN_UNIT', CAMPAIGN]);
table.push(['campaignStatus', userOf('so-y-te'), 'so-noi-vu', 403, 'FORBIDDEN_UNIT', CAMPAIGN]);
table.push(['adminCampaign', userOf('so-y-te'), 'so-y-te', 403, 'FORBIDDEN_ROLE', CAMPAIGN]);
table.push(['validateRows', userOf('so-y-te'), 'so-y-te', 200, null, CAMPAIGN]);
table.push(['submitNominations', userOf('so-y-te'), 'so-y-te', 200, null, CAMPAIGN]);
// Cross-campaign: the board and the editor of the other campaign in this one, this campaign's editor in the other.
for (const fn of [...Object.keys(bodies), ...Object.keys(boardOnly)]) {
  table.push([fn, OTHER_BOARD, 'so-y-te', 403, 'FORBIDDEN_CAMPAIGN', CAMPAIGN]);
  table.push([fn, OTHER_EDITOR, 'so-y-te', 403, 'FORBIDDEN_CAMPAIGN', CAMPAIGN]);
  table.push([fn, userOf('so-y-te'), 'so-y-te', 403, 'FORBIDDEN_CAMPAIGN', OTHER]);
  if (fn !== 'adminCampaign')
    table.push([fn, BOARD, 'so-y-te', 403, 'FORBIDDEN_CAMPAIGN', 'ls-chua-co-2026']);
}
table.push(['adminCampaign', BOARD, 'so-y-te', 404, 'CAMPAIGN_NOT_FOUND', 'ls-chua-co-2026']);
table.push(['campaignStatus', OTHER_BOARD, 'so-y-te', 200, null, OTHER]);
table.push(['validateRows', OTHER_EDITOR, 'so-y-te', 200, null, OTHER]);
// The super-admin: adminCampaign on any campaign, nothing else without a role in it.
table.push(['adminCampaign', ADMIN, 'so-y-te', 200, null, OTHER]);
table.push(['campaignStatus', ADMIN, 'so-y-te', 403, 'FORBIDDEN_CAMPAIGN', OTHER]);
table.push(['masterList', ADMIN, 'so-y-te', 403, 'FORBIDDEN_CAMPAIGN', OTHER]);
table.push(['consolidate', ADMIN, 'so-y-te', 403, 'FORBIDDEN_CAMPAIGN', CAMPAIGN]);
table.push(['submitNominations', ADMIN, 'so-y-te', 403, 'FORBIDDEN_CAMPAIGN', CAMPAIGN]);

describe('roles', () => {
  it.each(table)('%s as %s for %s → %i %s (%s)', async (fn, user, unitId, status, code, campaignId) => {
    const body = (bodies[fn] ?? boardOnly[fn])?.(unitId, campaignId);
    const response = await post<ErrorBody>(stack.url, fn, body, user ? { user } : {});
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

  it('makes the creator of a campaign its board member, and only there', async () => {
    const status = await post<CampaignStatusResponse>(
      stack.url,
      'campaignStatus',
      { campaignId: OTHER },
      { user: BOARD },
    );
    expect(status.status).toBe(200);
    expect(await stack.services.members.getCampaignMember(OTHER, BOARD)).toMatchObject({ role: 'board' });
    expect(await stack.services.members.getCampaignMember(CAMPAIGN, OTHER_BOARD)).toBeNull();
  });
});
