// A node:http server on 127.0.0.1 for one test file: listening before the
// file's tests run, closed after them. `url` is set once it listens.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export function loopbackServer(handler: RequestListener): { readonly url: string } {
  const server = createServer(handler);
  const address = { url: '' };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    address.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return address;
}
