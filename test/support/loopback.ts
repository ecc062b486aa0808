// The one way tests serve HTTP themselves: a node:http server on 127.0.0.1
// (only loopback may receive test traffic) on a free port. `listenOnLoopback`
// for a server a test starts and stops; `loopbackServer` for one that serves
// a whole file, listening before its tests and closed after them;
// `closedLoopbackUrl` for an address where nothing listens.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export interface LoopbackServer {
  url: string;
  /** Stops listening and drops open connections: a hanging answer would keep close() waiting. */
  close(): Promise<void>;
}

export async function listenOnLoopback(handler: RequestListener): Promise<LoopbackServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The URL of a port nothing listens on: one a server listened on a moment ago, then closed. */
export async function closedLoopbackUrl(): Promise<string> {
  const server = await listenOnLoopback(() => {});
  await server.close();
  return server.url;
}

export function loopbackServer(handler: RequestListener): { readonly url: string } {
  const address = { url: '' };
  let server: LoopbackServer | undefined;
  beforeAll(async () => {
    server = await listenOnLoopback(handler);
    address.url = server.url;
  });
  afterAll(() => server?.close());
  return address;
}
