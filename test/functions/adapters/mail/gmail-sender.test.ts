import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuth2Client } from 'google-auth-library';
import { type ParsedMail, simpleParser } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGmailSender } from '../../../../functions/adapters/mail/gmail-sender';
import { renderDigest } from '../../../../functions/app/mail/templates/digest';
import { digestView, XSS_NAME } from '../../app/mail/support/views';

interface Call {
  url: string;
  authorization: string | undefined;
  parsed: ParsedMail;
}

let server: Server;
let rootUrl: string;
const calls: Call[] = [];
let reply: { status: number; body: unknown } = { status: 200, body: {} };

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req)) as { raw: string };
    const parsed = await simpleParser(Buffer.from(body.raw, 'base64url'));
    calls.push({ url: req.url ?? '', authorization: req.headers.authorization, parsed });
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  rootUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  calls.length = 0;
  reply = { status: 200, body: { id: '18c0ffee', threadId: '18c0ffee', labelIds: ['SENT'] } };
});

function sender() {
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: 'test-token', expiry_date: Date.now() + 3_600_000 });
  return createGmailSender({
    auth,
    rootUrl,
    from: { name: 'Ban Thi đua – Khen thưởng', address: 'thidua@langson.gov.vn' },
  });
}

describe('Gmail sender (real @googleapis/gmail client, local server)', () => {
  it('posts raw MIME to users.messages.send that decodes to the Vietnamese message', async () => {
    const content = renderDigest(digestView());
    const sent = await sender().send({
      ...content,
      to: [{ name: 'Lãnh đạo Ban', address: 'lanhdao@langson.gov.vn' }],
      messageId: '<week47@langson.gov.vn>',
      headers: { 'X-Tonvinh-Kind': 'digest' },
    });
    expect(calls).toHaveLength(1);
    const call = calls[0];
    expect(call?.url).toBe('/gmail/v1/users/me/messages/send');
    expect(call?.authorization).toBe('Bearer test-token');
    expect(call?.parsed.subject).toBe(
      'Bản tin tuần 2026-W47 – Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI',
    );
    expect(call?.parsed.messageId).toBe('<week47@langson.gov.vn>');
    expect(call?.parsed.headers.get('x-tonvinh-kind')).toBe('digest');
    expect(String(call?.parsed.html)).toContain('UBND xã Bắc Sơn');
    expect(String(call?.parsed.html)).not.toContain(XSS_NAME);
    expect(call?.parsed.text).toContain('CHƯA NỘP\n  UBND xã Bắc Sơn');
    expect(sent.messageId).toBe('<week47@langson.gov.vn>');
  });

  it('maps 429 to a retryable rate limit and 400 to a final rejection', async () => {
    const message = { subject: 'Thử', html: '<p>x</p>', text: 'x', to: [{ address: 'a@langson.gov.vn' }] };
    reply = { status: 429, body: { error: { code: 429, message: 'Rate limit exceeded' } } };
    await expect(sender().send(message)).rejects.toMatchObject({
      code: 'MAIL_RATE_LIMITED',
      retryable: true,
    });
    reply = { status: 400, body: { error: { code: 400, message: 'Invalid To header' } } };
    await expect(sender().send(message)).rejects.toMatchObject({ code: 'MAIL_REJECTED', retryable: false });
    reply = { status: 403, body: { error: { code: 403, message: 'Delegation denied' } } };
    await expect(sender().send(message)).rejects.toMatchObject({ code: 'MAIL_AUTH_FAILED' });
  });
});
