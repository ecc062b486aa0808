// The API key against a real node:http server on loopback: a Response built by
// undici for a real request has a URL, which a fake Response in the other tests
// does not. A key that ends up in the query string must not come back through
// the error's hidden `response`, nor through a body returned in a result.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createCampOneClient, type ApiError, type HttpError } from '../../../src/campone/index.js';
import { KEY, rejection } from '../support/calls.js';
import { loopbackServer } from '../../support/loopback.ts';

const seen: string[] = [];
const server = loopbackServer((request, response) => {
  seen.push(request.url ?? '');
  if (request.url?.startsWith('/api/v1/public/sites/?')) {
    response.writeHead(502, { 'content-type': 'text/html', 'x-request-id': 'req-1' }).end('<html>Bad Gateway</html>');
  } else {
    response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ detail: `no key Bearer ${KEY}` }));
  }
});

/** A client that, like a careless integration, also puts the key in the query string. */
function leakyClient() {
  const api = createCampOneClient({ apiKey: KEY, baseUrl: server.url, retry: 0 });
  api.use({ onRequest: ({ request }) => new Request(`${request.url}?api_key=${KEY}`, request) });
  return api;
}

/** Every way an error gets printed, hidden properties included. */
const renderings = (error: ApiError) => [
  error.message,
  String(error),
  JSON.stringify(error),
  inspect(error, { depth: 10 }),
  inspect(error, { depth: 10, showHidden: true }),
  inspect((error as HttpError).response, { depth: 10, showHidden: true }),
];

describe('the API key over real HTTP', () => {
  it('is not reachable through the hidden response of an error whose request URL held it', async () => {
    const error = (await rejection(leakyClient().GET('/api/v1/public/sites/'))) as HttpError;
    expect(seen.at(-1)).toContain(KEY); // the key did travel in the URL
    for (const rendering of renderings(error)) expect(rendering).not.toContain(KEY);
    expect(error.response.url).toBe('');
  });

  it('leaves the error’s response its status and headers', async () => {
    const error = (await rejection(leakyClient().GET('/api/v1/public/sites/'))) as HttpError;
    expect([error.response.status, error.response.headers.get('x-request-id')]).toEqual([502, 'req-1']);
  });

  it('is masked in a documented error body the server echoes it in, in the result form as in orThrow', async () => {
    const api = createCampOneClient({ apiKey: KEY, baseUrl: server.url, retry: 0 });
    const result = await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 9 } } });
    expect(result).toMatchObject({ status: 404, error: { detail: 'no key Bearer ***' } });
    const thrown = (await rejection(api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 9 } } }).orThrow())) as HttpError;
    expect(thrown.body).toEqual(result.error);
  });
});
