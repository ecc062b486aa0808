// A node:http server on 127.0.0.1 for one test file: started before its tests,
// stopped (open connections too) after them. For tests that need what only a
// real request gives: a Response with a URL, bodies that arrive over a socket.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/** Serves `handler` on a free loopback port for the file; `url()` is its origin once started. */
export function loopbackServer(handler: RequestListener): { url: () => string } {
  const server = createServer(handler);
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { url: () => origin };
}
