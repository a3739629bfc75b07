import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSmtpSender } from '../../../../functions/adapters/mail/smtp-sender';
import { AppError } from '../../../../functions/app/errors';
import { renderReceipt } from '../../../../functions/app/mail/templates/receipt';
import { receiptView, XSS_NAME } from '../../app/mail/support/views';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';

let sink: SmtpSink;
const from = { name: 'Ban Thi đua – Khen thưởng tỉnh Lạng Sơn', address: 'thidua@langson.gov.vn' };

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => sink.close());
beforeEach(() => {
  sink.received.length = 0;
  sink.failWith = null;
  sink.refuse.clear();
});

const sender = () =>
  createSmtpSender({ host: '127.0.0.1', port: sink.port, secure: false, from, timeoutMs: 30_000 });

async function sendReceipt(unitName = 'UBND xã Đồng Đăng') {
  const content = renderReceipt(receiptView({ unitName }));
  const to = [{ name: 'Nguyễn Thị Ngọc Ánh', address: 'anh.ntn@dongdang.langson.gov.vn' }];
  return { content, sent: await sender().send({ ...content, to, messageId: '<abc123@langson.gov.vn>' }) };
}

describe('SMTP sender (real smtp-server + mailparser)', () => {
  it('round-trips the Vietnamese subject and names exactly (NFC)', async () => {
    const { content, sent } = await sendReceipt();
    const mail = sink.received[0];
    expect(sink.received).toHaveLength(1);
    expect(mail?.parsed.subject).toBe(content.subject);
    expect(mail?.parsed.subject).toBe(
      'Biên nhận phiên bản 3 – UBND xã Đồng Đăng – Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI',
    );
    expect(mail?.parsed.subject?.normalize('NFC')).toBe(mail?.parsed.subject);
    expect(mail?.parsed.from?.value[0]).toEqual({ name: from.name, address: from.address });
    const to = Array.isArray(mail?.parsed.to) ? mail?.parsed.to[0] : mail?.parsed.to;
    expect(to?.value[0]?.name).toBe('Nguyễn Thị Ngọc Ánh');
    expect(sent.messageId).toBe('<abc123@langson.gov.vn>');
    expect(mail?.parsed.messageId).toBe('<abc123@langson.gov.vn>');
  });

  it('delivers HTML with the expected rows, masked CCCD and both parts', async () => {
    await sendReceipt();
    const html = String(sink.received[0]?.parsed.html);
    expect(html).toContain('Cá nhân!F12: Số CCCD thiếu số 0 ở đầu');
    expect(html).toContain('Hoàng Thị Ánh Tuyết');
    expect(html).toContain('0201******45');
    expect(html).not.toContain('020186004545');
    expect(sink.received[0]?.parsed.text).toContain('Cá nhân!D13: Năm sinh không khớp với số CCCD');
  });

  it('escapes a nominee named like an HTML tag', async () => {
    await sendReceipt();
    const html = String(sink.received[0]?.parsed.html);
    expect(html).not.toContain(XSS_NAME);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('a unit name with CR/LF cannot inject a header', async () => {
    await sendReceipt('UBND xã A\r\nBcc: attacker@evil.example\r\nX-Injected: yes');
    const mail = sink.received[0];
    expect(mail?.parsed.headers.has('x-injected')).toBe(false);
    expect(mail?.parsed.bcc).toBeUndefined();
    expect(mail?.envelopeTo).toEqual(['anh.ntn@dongdang.langson.gov.vn']);
    expect(mail?.parsed.subject).toBe(
      'Biên nhận phiên bản 3 – UBND xã A Bcc: attacker@evil.example X-Injected: yes – Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI',
    );
    expect(mail?.raw).not.toMatch(/^X-Injected:/im);
  });

  it('reports refused recipients while delivering to the others', async () => {
    sink.refuse.add('nobody@langson.gov.vn');
    const sent = await sender().send({
      subject: 'Thử',
      html: '<p>Thử</p>',
      text: 'Thử',
      to: [{ address: 'nobody@langson.gov.vn' }, { address: 'ok@langson.gov.vn' }],
    });
    expect(sent.rejected).toEqual(['nobody@langson.gov.vn']);
    expect(sink.received[0]?.envelopeTo).toEqual(['ok@langson.gov.vn']);
  });

  it('translates a 451 into a retryable coded error and a 554 into a final one', async () => {
    const message = { subject: 'Thử', html: '<p>x</p>', text: 'x', to: [{ address: 'a@langson.gov.vn' }] };
    sink.failWith = 451;
    const transient = await sender()
      .send(message)
      .catch((e: unknown) => e);
    expect(transient).toBeInstanceOf(AppError);
    expect(transient).toMatchObject({ code: 'MAIL_RATE_LIMITED', retryable: true });
    sink.failWith = 554;
    await expect(sender().send(message)).rejects.toMatchObject({ code: 'MAIL_REJECTED', retryable: false });
  });

  it('a server that is down gives MAIL_UNAVAILABLE (retryable), with a Vietnamese message', async () => {
    const down = createSmtpSender({ host: '127.0.0.1', port: 1, secure: false, from, timeoutMs: 2000 });
    const error = await down
      .send({ subject: 'x', html: 'x', text: 'x', to: [{ address: 'a@b.vn' }] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MAIL_UNAVAILABLE', retryable: true });
    expect((error as AppError).message).toBe(
      'Máy chủ thư tạm thời không phản hồi; thư sẽ được gửi lại ở lần chạy sau.',
    );
  });

  it('refuses more than 100 recipients in one message', async () => {
    const to = Array.from({ length: 101 }, (_, i) => ({ address: `u${i}@langson.gov.vn` }));
    await expect(sender().send({ subject: 'x', html: 'x', text: 'x', to })).rejects.toMatchObject({
      code: 'MAIL_TOO_MANY_RECIPIENTS',
    });
    expect(sink.received).toHaveLength(0);
  });
});
