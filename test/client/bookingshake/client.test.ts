// createBookingShakeClient with the real generated contract (not the prose
// stand-in): retries, the 429 body's retryAfter, rate-limit headers, the create
// that is never repeated, timeouts and codes matched to their prose message.
// Everything runs through an injected fetch; waits run on fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBookingShakeClient, isErrorCode, TimeoutError, type components } from '../../../src/bookingshake/index.js';
import { rejection } from '../support/calls.js';
import { hang, json, scriptedFetch, type Reply } from '../support/replies.js';
import { settle } from '../support/timers.js';

type EventCreate = components['schemas']['EventCreate'];

const event: EventCreate = {
  bookings: [{ date: '15-03-2025', startTime: '14:00', endTime: '18:00', pax: '50' }],
  contact: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' },
};
const spaces = json(200, { data: [{ id: 'sp_1', name: 'Main hall' }] });
const created = json(200, { data: { event_id: 'evt_1', contact_id: 'ct_1' } });
const serverError = json(500, { message: 'Internal server error' });
/** A 429 as BookingShake sends it, here without the Retry-After header: only the body says how long to wait. */
const rateLimited = (retryAfter: number) =>
  json(429, { message: 'Rate limit exceeded', data: { limit: 60, window: '60 seconds', remaining: 0, resetAt: '2030-01-01T00:01:00Z', retryAfter } });

function bookingshake(...replies: Reply[]) {
  const fetch = scriptedFetch(...replies);
  return { fetch, api: createBookingShakeClient({ apiKey: 'bs_key', fetch, timeoutMs: 1_000 }) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a BookingShake client', () => {
  it('waits the seconds of the 429 body’s data.retryAfter when the Retry-After header is missing', async () => {
    const { api, fetch } = bookingshake(rateLimited(7), spaces);
    const call = api.GET('/api/spaces');
    await vi.advanceTimersByTimeAsync(6_999);
    expect(fetch.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.requests).toHaveLength(2);
    expect(await call).toMatchObject({ status: 200, data: { data: [{ id: 'sp_1' }] } });
  });

  it('gives back a 429 whose body asks for a wait beyond the cap, with its code and the wait', async () => {
    const { api, fetch } = bookingshake(rateLimited(3_600), spaces);
    const error = await rejection(settle(api.GET('/api/spaces').orThrow()));
    expect(error).toMatchObject({ status: 429, code: 'rate_limit_exceeded', retryAfterMs: 3_600_000 });
    expect(fetch.requests).toHaveLength(1);
  });

  it('parses the X-RateLimit-* headers into api.rateLimit', async () => {
    const headers = { 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '59', 'X-RateLimit-Reset': '1767225600' };
    const { api } = bookingshake(json(200, { data: [] }, headers));
    await api.GET('/api/sources');
    expect(api.rateLimit).toEqual({ limit: 60, remaining: 59, reset: new Date('2026-01-01T00:00:00Z') });
  });

  it('sends a GET again after a 500 and returns the later answer', async () => {
    const { api, fetch } = bookingshake(serverError, spaces);
    expect((await settle(api.GET('/api/spaces'))).status).toBe(200);
    expect(fetch.requests).toHaveLength(2);
  });

  it('sends the create (x-idempotent: false) exactly once on a 500', async () => {
    const { api, fetch } = bookingshake(serverError, created);
    const result = await settle(api.POST('/api/events/create', { body: event }));
    expect(result).toMatchObject({ status: 500, error: { message: 'Internal server error' } });
    expect(fetch.requests).toHaveLength(1);
  });

  it('sends the create exactly once even when POST is added to the retried methods in upper case', async () => {
    const { api, fetch } = bookingshake(serverError, created);
    await settle(api.POST('/api/events/create', { body: event, retry: { methods: ['GET', 'POST'] } }));
    expect(fetch.requests).toHaveLength(1);
  });

  it('sends the create exactly once when it times out', async () => {
    const { api, fetch } = bookingshake(hang(), created);
    await expect(settle(api.POST('/api/events/create', { body: event }))).rejects.toBeInstanceOf(TimeoutError);
    expect(fetch.requests).toHaveLength(1);
  });

  it('matches a prose message to its code only at the code’s status', async () => {
    const atItsStatus = await rejection(bookingshake(json(400, { message: 'Invalid API key' })).api.GET('/api/status').orThrow());
    expect(isErrorCode(atItsStatus, 'invalid_api_key')).toBe(true);
    const elsewhere = await rejection(settle(bookingshake(json(500, { message: 'Invalid API key' })).api.GET('/api/status', { retry: 0 }).orThrow()));
    expect(elsewhere).toMatchObject({ status: 500, code: undefined });
  });
});
