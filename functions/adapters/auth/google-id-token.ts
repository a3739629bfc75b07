// Verifies Google ID tokens (RS256) with google-auth-library against the configured audiences. Certificates come
// from Google by default; tests inject their own (a key made with node:crypto) — the verification itself runs.
import { OAuth2Client } from 'google-auth-library';
import { AppError } from '../../app/errors';
import type { IdTokenVerifier, VerifiedIdentity } from '../../app/ports';

export const GOOGLE_ISSUERS = ['accounts.google.com', 'https://accounts.google.com'];

/** kid → PEM certificate or public key. */
export type CertificateSource = () => Promise<Record<string, string>>;

export interface GoogleVerifierOptions {
  audiences: string[];
  /** Defaults to Google's federated sign-on certificates. */
  certificates?: CertificateSource;
  /**
   * Local runs and tests only (config refuses it on Cloud Run): where the PEM certificates ({kid: pem}) are
   * fetched instead of Google's URL, e.g. a local issuer. Cached per the answer's Cache-Control max-age, like
   * Google's (google-auth-library's getFederatedSignonCertsAsync).
   */
  certsUrl?: string;
}

export class GoogleIdTokenVerifier implements IdTokenVerifier {
  private readonly client: OAuth2Client;

  constructor(private readonly options: GoogleVerifierOptions) {
    this.client = new OAuth2Client(
      options.certsUrl ? { endpoints: { oauth2FederatedSignonPemCertsUrl: options.certsUrl } } : {},
    );
  }

  private async certificates(): Promise<Record<string, string>> {
    if (this.options.certificates) return this.options.certificates();
    const { certs } = await this.client.getFederatedSignonCertsAsync();
    return certs as Record<string, string>;
  }

  async verify(token: string): Promise<VerifiedIdentity> {
    const certs = await this.certificates().catch(() => {
      throw new AppError('AUTH_UNAVAILABLE', 'could not fetch the ID token certificates');
    });
    const payload = await this.client
      .verifySignedJwtWithCertsAsync(token, certs, this.options.audiences, GOOGLE_ISSUERS)
      .then((ticket) => ticket.getPayload())
      .catch(() => {
        throw new AppError('UNAUTHENTICATED', 'ID token rejected');
      });
    if (!payload?.email) throw new AppError('UNAUTHENTICATED', 'ID token has no email');
    return { email: payload.email, emailVerified: payload.email_verified === true };
  }
}

/** Dev mode: no tokens are verified (the X-Dev-User header is used instead, on loopback only). */
export const refuseTokens: IdTokenVerifier = {
  verify: async () => {
    throw new AppError('UNAUTHENTICATED', 'ID tokens are not accepted in dev mode');
  },
};
