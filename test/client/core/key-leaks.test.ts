// Whatever an error keeps is free of the key: against a node:http server on
// 127.0.0.1 that echoes the key it was sent in a body and in headers, with the
// key also in the path and the query (percent-encoded: it holds `/ + =`), and
// with custom fetches whose exceptions carry the request, `config.headers`,
// non-Error causes and AggregateError.errors. Each error is searched the ways
// a logger prints it.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createCampOneClient, isErrorCode, type ApiError, type HttpError } from '../../../src/campone/index.js';
import { loopbackServer } from '../../support/loopback.ts';

const KEY = 'sk_live_4Fq9/Zr+Xw2=Lm8/Tp+Vb7=Hn3/Kd+Q';
const FORMS = [KEY, encodeURIComponent(KEY), encodeURIComponent(KEY).replace(/%../g, (hex) => hex.toLowerCase())];
const SHORT_KEYS = ['k', 'Invalid', 'message', 'bookings'];

const server = loopbackServer((request, response) => {
  const echoed = `${request.headers.authorization}`;
  // A refused key, answered with its catalog code and the key echoed beside it.
  if (request.url?.startsWith('/api/v1/public/sites/')) {
    return response.writeHead(401, { 'content-type': 'application/json', 'x-echo': echoed }).end(JSON.stringify({ detail: 'invalid_key', key: echoed, url: request.url }));
  }
  response.writeHead(404, { 'content-type': 'application/json', 'x-echo': echoed, 'www-authenticate': `${echoed.split(' ')[0]} realm="api", token="${echoed.split(' ')[1]}"` });
  response.end(JSON.stringify({ detail: `no booking for key ${echoed}`, url: request.url }));
});

/** Every way an error gets printed, hidden properties and the whole cause chain included. */
const renderings = (error: ApiError) => [
  error.message,
  `${error.stack}`,
  String(error),
  JSON.stringify(error),
  inspect(error, { depth: null, showHidden: true }),
  inspect(error.cause, { depth: null, showHidden: true }),
  JSON.stringify([...((error as HttpError).response?.headers ?? [])]),
];
const leaks = (texts: string[]) => texts.filter((text) => FORMS.some((form) => text.includes(form)));

/** A client that, like a careless integration, also puts the key in the path and the query. */
function echoing(apiKey: string) {
  const api = createCampOneClient({ apiKey, baseUrl: server.url, retry: 0 });
  api.use({ onRequest: ({ request }) => new Request(`${request.url}?api_key=${encodeURIComponent(apiKey)}`, request) });
  return api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: apiKey as unknown as number } } });
}

describe('a server that echoes the key in a body and headers, sent in the path and the query too', () => {
  it('leaves no form of the key in the error, its response headers or the result body', async () => {
    const result = await echoing(KEY);
    expect(leaks([JSON.stringify(result.error)])).toEqual([]);
    const error = (await echoing(KEY).orThrow().catch((e: unknown) => e)) as HttpError;
    expect(error.code).toBeUndefined();
    expect(leaks(renderings(error))).toEqual([]);
    expect(error.response.headers.get('x-echo')).toBe('Bearer ***');
  });

  it.each(SHORT_KEYS)('masks exactly the echoed key %j, leaving the words around it', async (apiKey) => {
    const error = (await echoing(apiKey).orThrow().catch((e: unknown) => e)) as HttpError;
    expect((error.body as { detail: string }).detail).toBe('no booking for key Bearer ***');
    expect([error.response.headers.get('x-echo'), error.response.headers.get('www-authenticate')]).toEqual(['Bearer ***', 'Bearer realm="api", token="***"']);
  });
});

describe('a catalog code answered with the key echoed in the body, a header and the query', () => {
  it.each([...SHORT_KEYS, KEY])('is still recognised with apiKey %j, the echoes masked', async (apiKey) => {
    const api = createCampOneClient({ apiKey, baseUrl: server.url, retry: 0 });
    api.use({ onRequest: ({ request }) => new Request(`${request.url}?api_key=${encodeURIComponent(apiKey)}`, request) });
    const error = (await api.GET('/api/v1/public/sites/').orThrow().catch((e: unknown) => e)) as HttpError;
    expect(isErrorCode(error, 'invalid_key')).toBe(true);
    expect(error.body).toMatchObject({ detail: 'invalid_key', key: 'Bearer ***', url: `/api/v1/public/sites/?api_key=***` });
    expect(error.response.headers.get('x-echo')).toBe('Bearer ***');
    if (apiKey === KEY) expect(leaks(renderings(error))).toEqual([]);
  });
});

describe('a custom fetch whose exception carries the request', () => {
  const failing = (build: (request: Request) => unknown) =>
    createCampOneClient({ apiKey: KEY, retry: 0, fetch: async (request) => Promise.reject(build(request)) })
      .GET('/api/v1/public/sites/')
      .then(
        () => expect.unreachable('the call resolved'),
        (e: unknown) => e as ApiError,
      );
  const headers = (request: Request) => Object.fromEntries(request.headers);

  it.each([
    ['the Request itself', (request: Request) => Object.assign(new TypeError('fetch failed'), { request })],
    ['config.headers', (request: Request) => Object.assign(new Error('Request failed'), { config: { url: request.url, headers: headers(request) } })],
    ['a non-Error cause', (request: Request) => new TypeError('fetch failed', { cause: { headers: headers(request), text: `sent ${KEY}` } })],
    ['AggregateError.errors', (request: Request) => new AggregateError([Object.assign(new Error('first'), { request }), `second ${KEY}`], 'all attempts failed')],
    ['a thrown object', (request: Request) => ({ request, message: `failed with ${KEY}` })],
  ])('keeps no form of the key when the exception holds %s', async (_, build) => {
    const error = await failing(build);
    expect(error.name).toBe('NetworkError');
    expect(leaks(renderings(error))).toEqual([]);
  });
});
