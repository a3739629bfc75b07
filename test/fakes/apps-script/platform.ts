// Fakes of ScriptApp, PropertiesService, LockService, Session and Utilities.
import { createHash, randomUUID } from 'node:crypto';
import { FakeBlob } from './drive';

export class FakeScriptApp {
  readonly serviceName = 'ScriptApp';
  readonly AuthMode = {
    NONE: 'NONE',
    LIMITED: 'LIMITED',
    FULL: 'FULL',
    CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  } as const;
  identityToken = 'fake-identity-token';
  getIdentityToken(): string {
    return this.identityToken;
  }
  getOAuthToken(): string {
    return 'fake-oauth-token';
  }
}

/** Apps Script refuses property values over 9 kB; the fake does too. */
const MAX_VALUE_BYTES = 9 * 1024;

export class FakeProperties {
  readonly serviceName = 'Properties';
  readonly store = new Map<string, string>();
  private check(key: string, value: string): void {
    if (Buffer.byteLength(key) + Buffer.byteLength(value) > MAX_VALUE_BYTES)
      throw new Error(`Argument too large: value of ${key}`);
  }
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    this.check(key, String(value));
    this.store.set(key, String(value));
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  setProperties(values: Record<string, string>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.store.clear();
    for (const [key, value] of Object.entries(values)) this.setProperty(key, value);
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
}

export class FakePropertiesService {
  readonly serviceName = 'PropertiesService';
  readonly document = new FakeProperties();
  readonly user = new FakeProperties();
  readonly script = new FakeProperties();
  getDocumentProperties(): FakeProperties {
    return this.document;
  }
  getUserProperties(): FakeProperties {
    return this.user;
  }
  getScriptProperties(): FakeProperties {
    return this.script;
  }
}

export class FakeLock {
  readonly serviceName = 'Lock';
  /** Set by a test to simulate another execution holding the lock. */
  heldElsewhere = false;
  private held = false;
  acquisitions = 0;
  tryLock(_timeoutMs: number): boolean {
    if (this.heldElsewhere) return false;
    this.held = true;
    this.acquisitions++;
    return true;
  }
  waitLock(timeoutMs: number): void {
    if (!this.tryLock(timeoutMs))
      throw new Error('Lock timeout: another process was holding the lock too long.');
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    this.held = false;
  }
}

export class FakeLockService {
  readonly serviceName = 'LockService';
  readonly documentLock = new FakeLock();
  readonly scriptLock = new FakeLock();
  readonly userLock = new FakeLock();
  getDocumentLock(): FakeLock {
    return this.documentLock;
  }
  getScriptLock(): FakeLock {
    return this.scriptLock;
  }
  getUserLock(): FakeLock {
    return this.userLock;
  }
}

export class FakeUser {
  readonly serviceName = 'User';
  constructor(readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

export class FakeSession {
  readonly serviceName = 'Session';
  constructor(
    public email = 'canbo.thidua@donvi.example.vn',
    readonly timeZone = 'Asia/Ho_Chi_Minh',
  ) {}
  getActiveUser(): FakeUser {
    return new FakeUser(this.email);
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.email);
  }
  getScriptTimeZone(): string {
    return this.timeZone;
  }
  getTemporaryActiveUserKey(): string {
    return 'temporary-user-key';
  }
}

const ALGORITHMS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_512: 'sha512',
};

/** Apps Script byte arrays are Java bytes: signed, -128..127. */
function signedBytes(buffer: Buffer): number[] {
  return [...buffer].map((b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: string | number[], charset?: string): Buffer {
  if (typeof data === 'string') return Buffer.from(data, charset === 'US_ASCII' ? 'latin1' : 'utf8');
  return Buffer.from(data.map((b) => b & 0xff));
}

export class FakeUtilities {
  readonly serviceName = 'Utilities';
  readonly DigestAlgorithm = { MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_512: 'SHA_512' } as const;
  readonly Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
  readonly uuids: string[] = [];
  computeDigest(algorithm: string, value: string | number[], charset?: string): number[] {
    const name = ALGORITHMS[algorithm];
    if (!name) throw new Error(`Unknown digest algorithm ${algorithm}`);
    return signedBytes(createHash(name).update(toBuffer(value, charset)).digest());
  }
  getUuid(): string {
    const uuid = randomUUID();
    this.uuids.push(uuid);
    return uuid;
  }
  base64Encode(data: string | number[], charset?: string): string {
    return toBuffer(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: string | number[], charset?: string): string {
    return toBuffer(data, charset).toString('base64url');
  }
  base64Decode(encoded: string): number[] {
    return signedBytes(Buffer.from(encoded, 'base64'));
  }
  sleep(_ms: number): void {}
  newBlob(data: string | number[], contentType?: string, name?: string): FakeBlob {
    return new FakeBlob(
      [...toBuffer(data)].map((b) => (b > 127 ? b - 256 : b)),
      contentType ?? null,
      name ?? null,
    );
  }
}
