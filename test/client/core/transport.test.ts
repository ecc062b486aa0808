// The retry rules, through a client with an injected fetch. Waits run on fake
// timers, so "waits 3 s" is checked by advancing the clock, not by sleeping.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCampOneClient, NetworkError, TimeoutError } from '../../../src/campone/index.js';
import { createApiClient } from '../../../src/core/client.js';
import { booking, newBooking } from '../support/bookings.js';
import { proseContract, type ProsePaths } from '../support/prose-api.js';
import { hang, json, networkFailure, scriptedFetch, type Reply } from '../support/replies.js';
import { settle } from '../support/timers.js';

const serverError = json(500, { detail: 'The server hit an unexpected error.' });
const ok = json(200, booking);
const getBooking = (api: ReturnType<typeof createCampOneClient>, options = {}) =>
  api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } }, ...options });
const campone = (...replies: Reply[]) => {
  const fetch = scriptedFetch(...replies);
  return { fetch, api: createCampOneClient({ apiKey: 'key', fetch, timeoutMs: 1_000 }) };
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('retrying a safe call', () => {
  it('sends a GET again after a 500 and returns the later answer', async () => {
    const { api, fetch } = campone(serverError, ok);
    const result = await settle(getBooking(api));
    expect(result.status).toBe(200);
    expect(fetch.requests).toHaveLength(2);
  });

  it('sends a GET again after a network error', async () => {
    const { api, fetch } = campone(networkFailure(), ok);
    expect((await settle(getBooking(api))).status).toBe(200);
    expect(fetch.requests).toHaveLength(2);
  });

  it('sends a GET again after a timeout', async () => {
    const { api, fetch } = campone(hang(), ok);
    expect((await settle(getBooking(api))).status).toBe(200);
    expect(fetch.requests).toHaveLength(2);
  });

  it('stops after two retries and returns the last documented answer', async () => {
    const { api, fetch } = campone(serverError);
    const result = await settle(getBooking(api));
    expect(result.status).toBe(500);
    expect(fetch.requests).toHaveLength(3);
  });

  it('gives up with the last network error once retries are used up', async () => {
    const { api, fetch } = campone(networkFailure());
    await expect(settle(getBooking(api))).rejects.toBeInstanceOf(NetworkError);
    expect(fetch.requests).toHaveLength(3);
  });

  it('does not retry a 4xx other than 408 and 429', async () => {
    const { api, fetch } = campone(json(404, { detail: 'not_found' }), ok);
    expect((await settle(getBooking(api))).status).toBe(404);
    expect(fetch.requests).toHaveLength(1);
  });

  it('sends once with retry: 0, on the client or on the call', async () => {
    const onClient = scriptedFetch(serverError, ok);
    await settle(getBooking(createCampOneClient({ fetch: onClient, retry: 0 })));
    const onCall = campone(serverError, ok);
    await settle(getBooking(onCall.api, { retry: 0 }));
    expect([onClient.requests.length, onCall.fetch.requests.length]).toEqual([1, 1]);
  });

  it('retries with the methods given in upper case', async () => {
    const { api, fetch } = campone(serverError, ok);
    expect((await settle(getBooking(api, { retry: { methods: ['GET'] } }))).status).toBe(200);
    expect(fetch.requests).toHaveLength(2);
  });

  it('retries the statuses it is told to', async () => {
    const { api, fetch } = campone(json(404, { detail: 'not_found' }), ok);
    expect((await settle(getBooking(api, { retry: { statuses: [404] } }))).status).toBe(200);
    expect(fetch.requests).toHaveLength(2);
  });
});

describe('never repeating a create', () => {
  const create = (api: ReturnType<typeof createCampOneClient>, options = {}) => api.POST('/api/v1/public/bookings/', { body: newBooking, ...options });

  it('sends a create that gets a 500 exactly once', async () => {
    const { api, fetch } = campone(serverError, json(201, booking));
    expect((await settle(create(api))).status).toBe(500);
    expect(fetch.requests).toHaveLength(1);
  });

  it('sends a create that times out exactly once', async () => {
    const { api, fetch } = campone(hang(), json(201, booking));
    await expect(settle(create(api))).rejects.toBeInstanceOf(TimeoutError);
    expect(fetch.requests).toHaveLength(1);
  });

  it('sends a create whose connection fails exactly once', async () => {
    const { api, fetch } = campone(networkFailure(), json(201, booking));
    await expect(settle(create(api))).rejects.toBeInstanceOf(NetworkError);
    expect(fetch.requests).toHaveLength(1);
  });

  it('sends it once even when POST is added to the retried methods, because the spec flags it', async () => {
    const { api, fetch } = campone(serverError, json(201, booking));
    await settle(create(api, { retry: { methods: ['get', 'post'] } }));
    expect(fetch.requests).toHaveLength(1);
  });
});

describe('waiting before a retry', () => {
  it('waits the seconds Retry-After gives, and no less', async () => {
    const { api, fetch } = campone(json(429, { detail: 'Slow down.' }, { 'Retry-After': '3' }), ok);
    const call = getBooking(api);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(fetch.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.requests).toHaveLength(2);
    expect((await call).status).toBe(200);
  });

  it('waits until the HTTP-date Retry-After gives', async () => {
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const { api, fetch } = campone(json(503, {}, { 'Retry-After': 'Tue, 01 Jan 2030 00:00:05 GMT' }), ok);
    const call = getBooking(api, { retry: { statuses: [503] } });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(fetch.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.requests).toHaveLength(2);
    await call.catch(() => undefined);
  });

  it('returns a 429 at once when Retry-After is beyond the cap', async () => {
    const { api, fetch } = campone(json(429, { detail: 'Slow down.' }, { 'Retry-After': '3600' }), ok);
    const result = await settle(getBooking(api));
    expect(result.status).toBe(429);
    expect(fetch.requests).toHaveLength(1);
  });

  it('backs off exponentially, with jitter, when the server gives no Retry-After', async () => {
    const { api, fetch } = campone(serverError, serverError, ok);
    expect((await settle(getBooking(api))).status).toBe(200);
    const [first, second, third] = fetch.times as [number, number, number];
    expect(second - first).toBeGreaterThanOrEqual(150);
    expect(second - first).toBeLessThanOrEqual(300);
    expect(third - second).toBeGreaterThanOrEqual(300);
    expect(third - second).toBeLessThanOrEqual(600);
  });

  it('stops waiting when the caller aborts, and sends nothing more', async () => {
    const { api, fetch } = campone(json(429, { detail: 'Slow down.' }, { 'Retry-After': '30' }), ok);
    const controller = new AbortController();
    const call = getBooking(api, { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetch.requests).toHaveLength(1);
  });
});

describe('retrying by the contract of another API', () => {
  const prose = (...replies: Reply[]) => {
    const fetch = scriptedFetch(...replies);
    return { fetch, api: createApiClient<ProsePaths>(proseContract, { apiKey: 'key', fetch }) };
  };

  it('waits the seconds a rate-limit body gives when the header is missing', async () => {
    const { api, fetch } = prose(json(429, { message: 'Rate limit exceeded', data: { retryAfter: 4 } }), json(200, []));
    const call = api.GET('/items');
    await vi.advanceTimersByTimeAsync(3_999);
    expect(fetch.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await call).status).toBe(200);
  });

  it('sends a retried PUT with its body intact', async () => {
    const { api, fetch } = prose(json(502, { message: 'Bad gateway' }), json(200, { id: 1, name: 'tent' }));
    const result = await settle(api.PUT('/items/{id}', { params: { path: { id: 1 } }, body: { name: 'tent' } }));
    expect(result.status).toBe(200);
    expect(await Promise.all(fetch.requests.map((request) => request.text()))).toEqual(['{"name":"tent"}', '{"name":"tent"}']);
  });

  it('does not retry a method left out of the list', async () => {
    const { api, fetch } = prose(json(500, { message: 'Internal server error' }), json(200, { id: 1, name: 'tent' }));
    await settle(api.PUT('/items/{id}', { params: { path: { id: 1 } }, body: { name: 'tent' }, retry: { methods: ['get'] } }));
    expect(fetch.requests).toHaveLength(1);
  });

  it('never repeats the operation its spec flags', async () => {
    const { api, fetch } = prose(json(500, { message: 'Internal server error' }), json(200, { id: 1, name: 'tent' }));
    await settle(api.POST('/items', { body: { name: 'tent' }, retry: { methods: ['post'] } }));
    expect(fetch.requests).toHaveLength(1);
  });
});
