// The CampOne client over real HTTP: a local node:http server on loopback for
// what a proxy or a broken network does, and the Prism mock of the contract.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createCampOneClient, HttpError, NetworkError, TimeoutError } from '../../../src/campone/index.js';
import { closedLoopbackUrl, loopbackServer } from '../../support/loopback.ts';
import { booking, newBooking } from '../support/bookings.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const routes = new Map<string, Handler>();
const seen: string[] = [];
const server = loopbackServer((request, response) => {
  seen.push(`${request.method} ${request.url}`);
  const handler = routes.get(`${request.method} ${request.url?.split('?')[0]}`);
  if (handler) handler(request, response);
  else response.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"not_found"}');
});

beforeAll(() => {
  routes.set('GET /api/v1/public/bookings/42/', (_, response) =>
    response
      .writeHead(200, { 'content-type': 'application/json', 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '119', 'X-RateLimit-Reset': '1767225600' })
      .end(JSON.stringify(booking)),
  );
  routes.set('GET /api/v1/public/sites/', (_, response) => response.writeHead(502, { 'content-type': 'text/html' }).end('<html><h1>502 Bad Gateway</h1></html>'));
  routes.set('GET /api/v1/public/sites/7/', () => undefined); // never answers
  routes.set('POST /api/v1/public/bookings/', (_, response) =>
    response.writeHead(500, { 'content-type': 'application/json' }).end('{"detail":"The server hit an unexpected error."}'),
  );
});

const client = (options = {}) => createCampOneClient({ apiKey: 'key', baseUrl: server.url, retry: { backoffMs: 1 }, ...options });

describe('over HTTP', () => {
  it('reads a booking and the rate limit', async () => {
    const api = client();
    expect(await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } }).orThrow()).toEqual(booking);
    expect(api.rateLimit).toEqual({ limit: 120, remaining: 119, reset: new Date('2026-01-01T00:00:00Z') });
  });

  it('retries a proxy’s HTML 502, then rejects with an HttpError holding the page', async () => {
    seen.length = 0;
    const error = await client().GET('/api/v1/public/sites/').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 502, body: '<html><h1>502 Bad Gateway</h1></html>' });
    expect(seen).toEqual(Array(3).fill('GET /api/v1/public/sites/'));
  });

  it('sends a create that gets a 500 exactly once', async () => {
    seen.length = 0;
    expect((await client().POST('/api/v1/public/bookings/', { body: newBooking })).status).toBe(500);
    expect(seen).toEqual(['POST /api/v1/public/bookings/']);
  });

  it('times out a server that never answers', async () => {
    const call = client({ timeoutMs: 50, retry: 0 }).GET('/api/v1/public/sites/{id}/', { params: { path: { id: 7 } } });
    await expect(call).rejects.toBeInstanceOf(TimeoutError);
  });

  it('reports a refused connection as a NetworkError', async () => {
    const error = await client({ baseUrl: await closedLoopbackUrl(), retry: 0 }).GET('/api/v1/public/sites/').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).cause).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  });
});

describe('against the contract’s mock', () => {
  const mock = () => createCampOneClient({ apiKey: 'key', baseUrl: inject('mockUrls').campone, retry: 0 });

  it('gets a documented booking', async () => {
    const result = await mock().GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } });
    expect(result.status).toBe(200);
    expect(result.data).toMatchObject({ id: 42 });
  });

  it('creates a booking', async () => {
    expect(await mock().POST('/api/v1/public/bookings/', { body: newBooking }).orThrow()).toMatchObject({ site_id: 7 });
  });

  it('gets a documented 401 without a key', async () => {
    const result = await createCampOneClient({ baseUrl: inject('mockUrls').campone, retry: 0 }).GET('/api/v1/public/sites/');
    expect(result.status).toBe(401);
    if (result.status === 401) expect(['invalid_key', 'key_inactive']).toContain(result.error.detail);
  });
});
