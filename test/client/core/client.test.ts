// What a call resolves with: openapi-fetch's result plus the status it narrows
// on, documented answers only. Everything runs through an injected fetch.
import { describe, expect, it } from 'vitest';
import { createCampOneClient, HttpError } from '../../../src/campone/index.js';
import { booking, newBooking, page } from '../support/bookings.js';
import { json, scriptedFetch, type Reply } from '../support/replies.js';

const campone = (...replies: Reply[]) => {
  const fetch = scriptedFetch(...replies);
  return { fetch, api: createCampOneClient({ apiKey: 'key-123', fetch, retry: 0 }) };
};
const limits = { 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '87', 'X-RateLimit-Reset': '1767225600' };

describe('a call', () => {
  it('sends the path, parameters and key the way openapi-fetch does, to the spec’s server by default', async () => {
    const { api, fetch } = campone(json(200, page()));
    await api.GET('/api/v1/public/bookings/', { params: { query: { site_id: 7, page: 2 } } });
    const [request] = fetch.requests;
    expect(request!.url).toBe('https://api.campone.example/api/v1/public/bookings/?site_id=7&page=2');
    expect(request!.headers.get('authorization')).toBe('Bearer key-123');
  });

  it('sends to the baseUrl it is given, with the caller’s headers', async () => {
    const fetch = scriptedFetch(json(200, booking));
    const api = createCampOneClient({ baseUrl: 'http://127.0.0.1:9/', fetch, headers: { 'X-Trace': 't1' } });
    await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } });
    expect(fetch.requests[0]!.url).toBe('http://127.0.0.1:9/api/v1/public/bookings/42/');
    expect(fetch.requests[0]!.headers.get('x-trace')).toBe('t1');
    expect(fetch.requests[0]!.headers.has('authorization')).toBe(false);
  });

  it('resolves a success with its status, data and response', async () => {
    const { api } = campone(json(201, booking));
    const result = await api.POST('/api/v1/public/bookings/', { body: newBooking });
    expect(result).toMatchObject({ status: 201, data: booking });
    expect(result.error).toBeUndefined();
    expect(result.response).toBeInstanceOf(Response);
  });

  it('resolves a documented error with its status and body', async () => {
    const { api } = campone(json(404, { detail: 'not_found' }));
    const result = await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 9 } } });
    expect(result.status).toBe(404);
    if (result.status === 404) expect(result.error.detail).toBe('not_found');
    expect(result.data).toBeUndefined();
  });

  it('has a method for each of the eight HTTP methods, as openapi-fetch’s client does', () => {
    const { api } = campone();
    expect(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'].map((name) => typeof api[name as 'GET'])).toEqual(Array(8).fill('function'));
  });

  it('passes openapi-fetch middleware through', async () => {
    const { api, fetch } = campone(json(200, booking));
    const middleware = { onRequest: ({ request }: { request: Request }) => (request.headers.set('X-Seen', 'yes'), request) };
    api.use(middleware);
    await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } });
    api.eject(middleware);
    expect(fetch.requests[0]!.headers.get('x-seen')).toBe('yes');
  });
});

describe('orThrow', () => {
  it('resolves with the success data', async () => {
    const { api } = campone(json(200, booking));
    expect(await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } }).orThrow()).toEqual(booking);
  });

  it('rejects a documented error as an HttpError with its code', async () => {
    const { api } = campone(json(400, { detail: 'site_not_found' }));
    const error = await api.POST('/api/v1/public/bookings/', { body: newBooking }).orThrow().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 400, code: 'site_not_found' });
  });
});

describe('rateLimit', () => {
  it('is empty before any response', () => {
    expect(campone().api.rateLimit).toBeUndefined();
  });

  it('holds the last rate-limit headers seen, parsed', async () => {
    const { api } = campone(json(200, booking, limits), json(200, booking, { ...limits, 'X-RateLimit-Remaining': '86' }));
    await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } });
    await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } });
    expect(api.rateLimit).toEqual({ limit: 120, remaining: 86, reset: new Date('2026-01-01T00:00:00Z') });
  });

  it('keeps the last values when a response carries none', async () => {
    const { api } = campone(json(200, booking, limits), json(200, booking));
    await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } });
    await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } });
    expect(api.rateLimit?.remaining).toBe(87);
  });
});
