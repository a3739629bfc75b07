// Sign-in: who is calling, and with which role in the campaign the request names. Production: a Google ID token
// (Authorization: Bearer) verified against the configured audiences, email_verified required. Local only: the
// X-Dev-User header, and only on a loopback connection. Roles are granted per campaign (campaignMembers); a
// province super-admin (members/{email}, role admin) may administer any campaign (adminCampaign) and nothing else
// unless also granted a role in it.
import { AppError } from '../errors';
import type { IdTokenVerifier, MemberRepository, Principal } from '../ports';

export interface AuthDeps {
  mode: 'google' | 'dev';
  verifier: IdTokenVerifier;
  members: MemberRepository;
}

export interface AuthHeaders {
  authorization?: string | undefined;
  devUser?: string | undefined;
  /** The connection arrived on a loopback address (127.0.0.0/8 or ::1). */
  loopback: boolean;
}

/** Sign-in and the caller's role in `campaignId` (identify, then principalFor). */
export async function authenticate(
  headers: AuthHeaders,
  deps: AuthDeps,
  campaignId?: string,
): Promise<Principal> {
  return principalFor(await identify(headers, deps), campaignId, deps.members);
}

/** The verified, lower-cased email of the caller (401 otherwise). */
export async function identify(headers: AuthHeaders, deps: AuthDeps): Promise<string> {
  return deps.mode === 'dev' ? devEmail(headers) : await googleEmail(headers, deps.verifier);
}

function devEmail(headers: AuthHeaders): string {
  if (!headers.loopback)
    throw new AppError('UNAUTHENTICATED', 'dev sign-in refused on a non-loopback connection');
  const email = headers.devUser?.trim().toLowerCase();
  if (!email) throw new AppError('UNAUTHENTICATED', 'missing X-Dev-User header');
  return email;
}

async function googleEmail(headers: AuthHeaders, verifier: IdTokenVerifier): Promise<string> {
  const match = /^Bearer\s+([A-Za-z0-9_\-.=]+)$/.exec(headers.authorization?.trim() ?? '');
  if (!match?.[1]) throw new AppError('UNAUTHENTICATED', 'missing or malformed Authorization header');
  const identity = await verifier.verify(match[1]);
  if (!identity.emailVerified) throw new AppError('EMAIL_NOT_VERIFIED');
  return identity.email.toLowerCase();
}

/**
 * The caller's role in the campaign: its campaign role when active; admin for a super-admin without one;
 * otherwise FORBIDDEN_CAMPAIGN when the caller holds active roles in other campaigns only, NOT_A_MEMBER when none
 * (or when its role in this campaign is inactive).
 */
export async function principalFor(
  email: string,
  campaignId: string | undefined,
  members: MemberRepository,
): Promise<Principal> {
  const member = campaignId === undefined ? null : await members.getCampaignMember(campaignId, email);
  // The campaign's board may do everything the super-admin may there: no second read.
  if (member?.active && member.role === 'board') return { email, role: 'board', unitIds: member.unitIds };
  const account = await members.getMember(email);
  const admin = account?.active === true && account.role === 'admin';
  if (member?.active)
    return { email, role: member.role, unitIds: member.unitIds, ...(admin ? { admin } : {}) };
  if (admin) return { email, role: 'admin', unitIds: [], admin };
  // A member of other campaigns: refused this campaign; a function tied to no campaign is the province admin's.
  if (!member && (await members.hasCampaignRole(email)))
    throw new AppError(campaignId === undefined ? 'FORBIDDEN_ROLE' : 'FORBIDDEN_CAMPAIGN');
  throw new AppError('NOT_A_MEMBER');
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
