// The error classes: what they say, how they serialise, how the guards tell
// them apart, and that none of them ever carries the API key.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createCampOneClient,
  isApiError,
  isErrorCode,
  isHttpError,
  isNetworkError,
  isTimeoutError,
  NetworkError,
  TimeoutError,
  type ApiError,
} from '../../../src/campone/index.js';
import { booking } from '../support/bookings.js';
import { campone, getBooking, KEY, rejection, URL_42 } from '../support/calls.js';
import { hang, json, scriptedFetch, text, type Reply } from '../support/replies.js';

describe('guards', () => {
  const request = { method: 'GET', url: 'https://x.test/' };

  it('tell the error kinds apart', () => {
    const timeout = new TimeoutError(5, request);
    expect([isApiError(timeout), isTimeoutError(timeout), isNetworkError(timeout), isHttpError(timeout)]).toEqual([true, true, false, false]);
    const network = new NetworkError('network error', request);
    expect([isApiError(network), isNetworkError(network), isTimeoutError(network)]).toEqual([true, true, false]);
  });

  it('say no to anything that is not an ApiError', () => {
    for (const value of [new Error('x'), 'not_found', { code: 'not_found' }, null]) {
      expect([isApiError(value), isHttpError(value), isErrorCode(value, 'not_found')]).toEqual([false, false, false]);
    }
  });
});

describe('the API key', () => {
  /** Every way an error gets printed or shipped. */
  const renderings = (error: ApiError) => [
    error.message,
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    inspect(error, { depth: 10, showHidden: true }),
    String(error.cause),
    inspect(error.cause, { depth: 10 }),
    error.stack ?? '',
  ];

  it('is masked when the server echoes it in an error body', async () => {
    const body = { detail: `The key ${KEY} is revoked.` };
    const error = await rejection(campone(json(401, body)).GET('/api/v1/public/sites/').orThrow());
    for (const rendering of renderings(error)) expect(rendering).not.toContain(KEY);
    expect(error.message).toContain('The key *** is revoked.');
  });

  it('is masked in a documented error body returned as a result, as orThrow masks it', async () => {
    const result = await getBooking(json(404, { detail: `no key Bearer ${KEY}` }));
    expect(result).toMatchObject({ status: 404, error: { detail: 'no key Bearer ***' } });
  });

  // A fake Response has no URL; key-over-http.test.ts checks the error's response against a real server.
  it('is masked when it ends up in the URL', async () => {
    const api = campone(text(502, 'Bad Gateway'));
    api.use({ onRequest: ({ request }) => new Request(`${request.url}?token=${KEY}&site=${KEY}`, request) });
    const error = await rejection(api.GET('/api/v1/public/sites/'));
    for (const rendering of renderings(error)) expect(rendering).not.toContain(KEY);
    expect(error.request.url).toBe('https://api.campone.example/api/v1/public/sites/?token=***&site=***');
  });

  it('is masked when a custom fetch puts the request headers in its exception', async () => {
    const leaky: Reply = (request) => Promise.reject(new Error(`cannot send ${request.headers.get('authorization')}`, { cause: new Error(`header ${KEY}`) }));
    const error = await rejection(getBooking(leaky));
    for (const rendering of renderings(error)) expect(rendering).not.toContain(KEY);
    expect(error.message).toBe(`network error: cannot send Bearer *** (GET ${URL_42})`);
  });

  it('is not in a timeout, and an error never holds the Request', async () => {
    const error = await rejection(getBooking(hang(), { timeoutMs: 5 }));
    for (const rendering of renderings(error)) expect(rendering).not.toContain(KEY);
    expect(Object.values(error).some((value) => value instanceof Request)).toBe(false);
  });

  it('is sent, all the same', async () => {
    const fetch = scriptedFetch(json(200, booking));
    await createCampOneClient({ apiKey: KEY, fetch }).GET('/api/v1/public/sites/{id}/', { params: { path: { id: 7 } } });
    expect(fetch.requests[0]!.headers.get('authorization')).toBe(`Bearer ${KEY}`);
  });
});
