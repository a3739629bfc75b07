// Sign-in: who is calling, and with which role. Production: a Google ID token (Authorization: Bearer) verified
// against the configured audiences, email_verified required, roles from the members collection. Local only:
// the X-Dev-User header, and only on a loopback connection.
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

export async function authenticate(headers: AuthHeaders, deps: AuthDeps): Promise<Principal> {
  const email = deps.mode === 'dev' ? devEmail(headers) : await googleEmail(headers, deps.verifier);
  return principalFor(email, deps.members);
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

async function principalFor(email: string, members: MemberRepository): Promise<Principal> {
  const member = await members.getMember(email);
  if (!member?.active) throw new AppError('NOT_A_MEMBER');
  return { email, role: member.role, unitIds: member.unitIds };
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
