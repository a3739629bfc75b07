// Test support: a real in-process SMTP server (smtp-server) on 127.0.0.1 that keeps every message it receives,
// parsed with mailparser. It can refuse recipients or fail every message with a given SMTP code.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  raw: string;
  parsed: ParsedMail;
  envelopeTo: string[];
}

export interface SmtpSink {
  port: number;
  received: ReceivedMail[];
  /** Fail every DATA with this SMTP code (e.g. 451), or null to accept. */
  failWith: number | null;
  /** Recipient addresses refused with 550. */
  refuse: Set<string>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: SmtpSink = { port: 0, received: [], failWith: null, refuse: new Set(), close: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (sink.refuse.has(address.address.toLowerCase()))
        return callback(Object.assign(new Error('No such user'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on(
        'end',
        () =>
          void finish(
            sink,
            Buffer.concat(chunks),
            session.envelope.rcptTo.map((r) => r.address),
            callback,
          ),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.port = (server.server.address() as AddressInfo).port;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}

async function finish(
  sink: SmtpSink,
  raw: Buffer,
  envelopeTo: string[],
  callback: (err?: Error | null) => void,
) {
  if (sink.failWith !== null)
    return callback(Object.assign(new Error('Try again later'), { responseCode: sink.failWith }));
  sink.received.push({ raw: raw.toString('utf8'), parsed: await simpleParser(raw), envelopeTo });
  callback();
}
