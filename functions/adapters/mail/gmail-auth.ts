// Auth clients for the Gmail adapter.
// - delegated: a service account with domain-wide delegation for the gmail.send scope impersonates the
//   Workspace sender (JWT `subject` = the sender's address).
// - account: a dedicated sender account authorised once (OAuth consent), refresh token kept in Secret Manager.
import { JWT, OAuth2Client } from 'google-auth-library';
import type { MailConfig } from '../../app/mail/config';

export const GMAIL_SEND_SCOPE = 'https://www.googleapis.com/auth/gmail.send';

export function gmailAuth(config: MailConfig): OAuth2Client {
  const g = config.gmail;
  if (g.mode === 'delegated') {
    return new JWT({
      email: g.clientEmail,
      key: g.privateKey,
      scopes: [GMAIL_SEND_SCOPE],
      subject: config.from.address,
    });
  }
  const client = new OAuth2Client({ clientId: g.clientId, clientSecret: g.clientSecret });
  client.setCredentials({ refresh_token: g.refreshToken });
  return client;
}
