// A local ID token issuer for tests: serves a TestSigner's certificates ({kid: pem}) like Google's
// https://www.googleapis.com/oauth2/v1/certs (with Cache-Control max-age), and counts the fetches.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestSigner } from './id-tokens';

export interface LocalIssuer {
  url: string;
  fetches: number;
  close(): Promise<void>;
}

export async function startLocalIssuer(signer: TestSigner, maxAgeSeconds = 600): Promise<LocalIssuer> {
  const issuer: LocalIssuer = { url: '', fetches: 0, close: async () => undefined };
  const server = createServer((_req, res) => {
    issuer.fetches++;
    void signer.certificates().then((certs) => {
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': `public, max-age=${maxAgeSeconds}, must-revalidate, no-transform`,
      });
      res.end(JSON.stringify(certs));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth2/v1/certs`;
  issuer.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return issuer;
}
