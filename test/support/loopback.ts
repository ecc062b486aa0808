// The one way tests serve HTTP themselves: a node:http server on 127.0.0.1
// (only loopback may receive test traffic) on a free port. `listenOnLoopback`
// for a server a test starts and stops; `loopbackServer` for one that serves
// a whole file, listening before its tests and closed after them;
// `closedLoopbackUrl` for an address where nothing listens.
import { readFileSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import getPort, { portNumbers } from 'get-port';
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

/**
 * The URL of a port nothing listens on, taken from below the system's
 * ephemeral range. A port from inside it (one a server listened on a moment
 * ago, then closed) could be handed out again by the next `listen(0)` of
 * any server in the run before the test connects, and the test would reach
 * that server instead of a closed port.
 */
export async function closedLoopbackUrl(): Promise<string> {
  const below = ephemeralRangeStart();
  const port = await getPort({ host: '127.0.0.1', port: portNumbers(below - 10_000, below - 1) });
  // get-port falls back to any free port when none of those is; that one would be ephemeral.
  if (port >= below) throw new Error(`no free port from ${below - 10_000} to ${below - 1} to leave closed`);
  return `http://127.0.0.1:${port}`;
}

/** The lowest port the kernel hands out for `listen(0)`: Linux's setting, else the IANA range's start. */
function ephemeralRangeStart(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 49152;
  } catch {
    return 49152;
  }
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
