// Sign-in use case with in-memory members (pure): dev header only on loopback, roles per campaign, the province
// super-admin administers any campaign but holds no other role in it.
import { describe, expect, it } from 'vitest';
import { refuseTokens } from '../../../../functions/adapters/auth/google-id-token';
import { authenticate, isLoopback } from '../../../../functions/app/campaigns/authenticate';
import { AppError } from '../../../../functions/app/errors';
import type { MemberRecord, MemberRepository, ProvinceMember } from '../../../../functions/app/ports';

type CampaignMember = MemberRecord & { campaignId: string };

const members = (list: CampaignMember[], accounts: ProvinceMember[] = []): MemberRepository => ({
  getMember: async (email) => accounts.find((m) => m.email === email) ?? null,
  saveMembers: async () => undefined,
  getCampaignMember: async (campaignId, email) =>
    list.find((m) => m.campaignId === campaignId && m.email === email) ?? null,
  hasCampaignRole: async (email) => list.some((m) => m.email === email && m.active),
  listCampaignMembers: async (campaignId) => list.filter((m) => m.campaignId === campaignId),
  saveCampaignMembers: async () => undefined,
});
const repo = members(
  [
    { campaignId: 'c1', email: 'a@x.example', role: 'unit', unitIds: ['u1'], active: true },
    { campaignId: 'c2', email: 'b@x.example', role: 'board', unitIds: [], active: true },
    { campaignId: 'c1', email: 'off@x.example', role: 'board', unitIds: [], active: false },
  ],
  [
    { email: 'admin@x.example', role: 'admin', unitIds: [], active: true },
    { email: 'old@x.example', role: 'board', unitIds: [], active: true },
  ],
);

async function codeOf(run: Promise<unknown>): Promise<string> {
  return run.then(
    () => 'none',
    (error: unknown) => (error instanceof AppError ? error.code : 'other'),
  );
}

describe('authenticate (dev mode)', () => {
  const deps = { mode: 'dev' as const, verifier: refuseTokens, members: repo };
  it('maps the header email (case-insensitive) to its role in the campaign', async () => {
    expect(await authenticate({ devUser: ' A@X.example ', loopback: true }, deps, 'c1')).toEqual({
      email: 'a@x.example',
      role: 'unit',
      unitIds: ['u1'],
    });
  });
  it('refuses a member of another campaign, an inactive member and an old province-wide role', async () => {
    const as = (user: string, campaignId: string) =>
      codeOf(authenticate({ devUser: user, loopback: true }, deps, campaignId));
    expect(await as('a@x.example', 'c2')).toBe('FORBIDDEN_CAMPAIGN');
    expect(await as('b@x.example', 'c1')).toBe('FORBIDDEN_CAMPAIGN');
    expect(await as('off@x.example', 'c1')).toBe('NOT_A_MEMBER');
    expect(await as('old@x.example', 'c1')).toBe('NOT_A_MEMBER');
  });
  it('gives a super-admin the admin role where it holds no campaign role', async () => {
    expect(await authenticate({ devUser: 'admin@x.example', loopback: true }, deps, 'c9')).toEqual({
      email: 'admin@x.example',
      role: 'admin',
      unitIds: [],
      admin: true,
    });
  });
  it('refuses off loopback, without header, and non-members', async () => {
    expect(await codeOf(authenticate({ devUser: 'a@x.example', loopback: false }, deps))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await codeOf(authenticate({ loopback: true }, deps))).toBe('UNAUTHENTICATED');
    expect(await codeOf(authenticate({ devUser: 'z@x.example', loopback: true }, deps))).toBe('NOT_A_MEMBER');
  });
});

describe('authenticate (google mode)', () => {
  it('uses the verified email and refuses unverified ones', async () => {
    const verifier = {
      verify: async (token: string) => ({ email: 'A@x.example', emailVerified: token === 'good' }),
    };
    const deps = { mode: 'google' as const, verifier, members: repo };
    expect((await authenticate({ authorization: 'Bearer good', loopback: false }, deps, 'c1')).email).toBe(
      'a@x.example',
    );
    expect(await codeOf(authenticate({ authorization: 'Bearer bad', loopback: false }, deps))).toBe(
      'EMAIL_NOT_VERIFIED',
    );
    expect(await codeOf(authenticate({ devUser: 'a@x.example', loopback: true }, deps))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.2', false],
    [undefined, false],
  ])('%s → %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});
