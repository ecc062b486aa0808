import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCampOneClient } from '../../../src/campone/index.js';
import { parseRetryAfter, retryAfterInBody } from '../../../src/core/retry-after.js';
import { booking } from '../support/bookings.js';
import { json, scriptedFetch } from '../support/replies.js';
import { settle } from '../support/timers.js';

const NOW = Date.parse('2030-01-01T00:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds as milliseconds', () => {
    expect(parseRetryAfter('30', NOW)).toBe(30_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  it('reads only delay-seconds and IMF-fixdates, as RFC 9110 writes them; anything else is left to the backoff', () => {
    for (const value of ['abc 5', 'x 2099', '1.5', '5 s', 'Tuesday, 01-Jan-30 00:00:45 GMT', 'Tue Jan  1 00:00:45 2030', 'Tue, 01 Jan 2030 00:00:45 +0000', '2030-01-01T00:00:45Z']) {
      expect(parseRetryAfter(value, NOW), value).toBeUndefined();
    }
  });

  it('reads an HTTP-date as the time left until then', () => {
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:45 GMT', NOW)).toBe(45_000);
  });

  it('treats an HTTP-date in the past as no wait', () => {
    expect(parseRetryAfter('Mon, 31 Dec 2029 23:59:00 GMT', NOW)).toBe(0);
  });

  it('ignores a missing, empty, negative or unreadable value', () => {
    for (const value of [null, undefined, '', '-1', 'soon', '12abc']) expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});

describe('retryAfterInBody', () => {
  it('reads seconds at a JSON pointer', () => {
    expect(retryAfterInBody({ message: 'Rate limit exceeded', data: { retryAfter: 45 } }, ['data', 'retryAfter'])).toBe(45_000);
  });

  it('reads a fractional JSON number, rounding up', () => {
    expect(retryAfterInBody({ data: { retryAfter: 1.5 } }, ['data', 'retryAfter'])).toBe(1_500);
  });

  it('reads seconds written as a string', () => {
    expect(retryAfterInBody({ data: { retryAfter: '12' } }, ['data', 'retryAfter'])).toBe(12_000);
  });

  it('gives nothing when the pointer leads nowhere', () => {
    expect(retryAfterInBody({ message: 'x' }, ['data', 'retryAfter'])).toBeUndefined();
    expect(retryAfterInBody('<html>', ['data', 'retryAfter'])).toBeUndefined();
    expect(retryAfterInBody({ data: { retryAfter: -3 } }, ['data', 'retryAfter'])).toBeUndefined();
  });
});

describe('a Retry-After the client cannot read', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const busy = (retryAfter: string) => json(503, { detail: 'busy' }, { 'retry-after': retryAfter });
  const client = (fetch: ReturnType<typeof scriptedFetch>) =>
    createCampOneClient({ apiKey: 'key', fetch, retry: { backoffMs: 1_000 } }).GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } });

  it.each(['abc 5', 'x 2099'])('(%s) falls back to the backoff: not retried at once, not given up on', async (value) => {
    const fetch = scriptedFetch(busy(value), json(200, booking));
    const call = client(fetch);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.requests).toHaveLength(1);
    expect((await settle(call)).status).toBe(200);
    expect(fetch.requests).toHaveLength(2);
  });
});
