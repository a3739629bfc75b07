// Sign-in use case with in-memory members (pure): dev header only on loopback, roles from members.
import { describe, expect, it } from 'vitest';
import { refuseTokens } from '../../../../functions/adapters/auth/google-id-token';
import { authenticate, isLoopback } from '../../../../functions/app/campaigns/authenticate';
import { AppError } from '../../../../functions/app/errors';
import type { MemberRecord, MemberRepository } from '../../../../functions/app/ports';

const members = (list: MemberRecord[]): MemberRepository => ({
  getMember: async (email) => list.find((m) => m.email === email) ?? null,
  saveMembers: async () => undefined,
});
const repo = members([{ email: 'a@x.example', role: 'unit', unitIds: ['u1'], active: true }]);

async function codeOf(run: Promise<unknown>): Promise<string> {
  return run.then(
    () => 'none',
    (error: unknown) => (error instanceof AppError ? error.code : 'other'),
  );
}

describe('authenticate (dev mode)', () => {
  const deps = { mode: 'dev' as const, verifier: refuseTokens, members: repo };
  it('maps the header email (case-insensitive) to the member', async () => {
    expect(await authenticate({ devUser: ' A@X.example ', loopback: true }, deps)).toEqual({
      email: 'a@x.example',
      role: 'unit',
      unitIds: ['u1'],
    });
  });
  it('refuses off loopback, without header, and non-members', async () => {
    expect(await codeOf(authenticate({ devUser: 'a@x.example', loopback: false }, deps))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await codeOf(authenticate({ loopback: true }, deps))).toBe('UNAUTHENTICATED');
    expect(await codeOf(authenticate({ devUser: 'b@x.example', loopback: true }, deps))).toBe('NOT_A_MEMBER');
  });
});

describe('authenticate (google mode)', () => {
  it('uses the verified email and refuses unverified ones', async () => {
    const verifier = {
      verify: async (token: string) => ({ email: 'A@x.example', emailVerified: token === 'good' }),
    };
    const deps = { mode: 'google' as const, verifier, members: repo };
    expect((await authenticate({ authorization: 'Bearer good', loopback: false }, deps)).email).toBe(
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
