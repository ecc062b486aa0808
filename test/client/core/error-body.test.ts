// What an error response becomes: a typed outcome when the contract documents
// its status and shape, an HttpError (thrown even without orThrow) otherwise.
import { describe, expect, it } from 'vitest';
import { HttpError, isErrorCode, NetworkError, TimeoutError, isApiError } from '../../../src/campone/index.js';
import { createApiClient } from '../../../src/core/client.js';
import { newBooking } from '../support/bookings.js';
import { campone, create, getBooking, KEY, rejection, URL_42 } from '../support/calls.js';
import { proseContract, type ProsePaths } from '../support/prose-api.js';
import { empty, hang, json, networkFailure, scriptedFetch, text, type Reply } from '../support/replies.js';

describe('documented error shapes', () => {
  it('types a field-keyed 400 and lists its field errors', async () => {
    const body = { site_id: ['This field is required.'], non_field_errors: ['check_out_date must be later than check_in_date.'] };
    const result = await create(json(400, body));
    expect(result).toMatchObject({ status: 400, error: body });
    const error = await rejection(campone(json(400, body)).POST('/api/v1/public/bookings/', { body: newBooking }).orThrow());
    expect(error).toMatchObject({ status: 400, code: undefined, fieldErrors: body });
    expect(error.message).toBe(`400: site_id: This field is required.; non_field_errors: check_out_date must be later than check_in_date. (POST https://api.campone.example/api/v1/public/bookings/)`);
  });

  it('reads a documented code from the detail field', async () => {
    const error = await rejection(campone(json(400, { detail: 'site_not_found' })).POST('/api/v1/public/bookings/', { body: newBooking }).orThrow());
    expect(error).toMatchObject({ name: 'HttpError', status: 400, code: 'site_not_found', fieldErrors: undefined });
    expect(isErrorCode(error, 'site_not_found')).toBe(true);
    expect(isErrorCode(error, 'not_found')).toBe(false);
  });

  it('leaves the code empty for a detail that is prose, keeping it as the message', async () => {
    expect(await getBooking(json(403, { detail: 'This API key lacks a scope.' }))).toMatchObject({ status: 403, error: { detail: 'This API key lacks a scope.' } });
    const thrown = await rejection(campone(json(403, { detail: 'This API key lacks a scope.' })).GET('/api/v1/public/sites/').orThrow());
    expect(thrown).toMatchObject({ status: 403, code: undefined });
    expect(thrown.message).toContain('403: This API key lacks a scope.');
  });

  it.each([
    [401, 'invalid_key'],
    [401, 'key_inactive'],
    [404, 'not_found'],
  ] as const)('resolves a %i %s and throws it with its code', async (status, code) => {
    expect(await getBooking(json(status, { detail: code }))).toMatchObject({ status, error: { detail: code } });
    const error = await rejection(campone(json(status, { detail: code })).GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } }).orThrow());
    expect(error).toMatchObject({ status, code, request: { method: 'GET', url: URL_42 } });
  });

  it('reports the rate limit and the wait on a 429', async () => {
    const headers = { 'Retry-After': '30', 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1767225600' };
    const error = await rejection(campone(json(429, { detail: 'Too many requests.' }, headers)).GET('/api/v1/public/sites/').orThrow());
    expect(error).toMatchObject({ status: 429, retryAfterMs: 30_000, rateLimit: { limit: 120, remaining: 0, reset: new Date('2026-01-01T00:00:00Z') } });
  });

  it('resolves a documented 500', async () => {
    expect(await getBooking(json(500, { detail: 'The server hit an unexpected error.' }))).toMatchObject({ status: 500 });
  });
});

describe('answers outside the contract', () => {
  it('rejects an HTML 502 from a proxy with an HttpError holding the text, even without orThrow', async () => {
    const error = await rejection(getBooking(text(502, '<html><body>Bad Gateway</body></html>')));
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 502, code: undefined, body: '<html><body>Bad Gateway</body></html>' });
    expect(error.message).toBe(`502: body is not JSON (text/html) (GET ${URL_42})`);
  });

  it('rejects a documented status whose body is HTML rather than its schema', async () => {
    expect(await rejection(getBooking(text(500, '<h1>Internal Server Error</h1>')))).toMatchObject({ status: 500, body: '<h1>Internal Server Error</h1>' });
  });

  it('rejects an error with an empty body', async () => {
    const error = await rejection(getBooking(empty(404)));
    expect(error).toMatchObject({ status: 404, body: undefined });
    expect(error.message).toContain('404: empty body');
  });

  it('rejects JSON that is not the documented shape', async () => {
    const error = await rejection(getBooking(json(500, { error: 'upstream timed out' })));
    expect(error).toMatchObject({ status: 500, body: { error: 'upstream timed out' } });
    expect(error.message).toContain('undocumented body');
  });

  it('rejects a status the operation does not document, without the code of another status', async () => {
    expect(await rejection(getBooking(json(409, { detail: 'not_found' })))).toMatchObject({ status: 409, code: undefined });
  });

  it('gives no code to a documented status whose detail is another status’s code', async () => {
    const error = await rejection(campone(json(401, { detail: 'not_found' })).GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } }).orThrow());
    expect(error).toMatchObject({ status: 401, code: undefined });
    expect(isErrorCode(error, 'not_found')).toBe(false);
  });

  it('rejects a success with Content-Length: 0 where JSON is documented, even without orThrow', async () => {
    const error = await rejection(getBooking(() => new Response(null, { status: 200, headers: { 'content-length': '0' } })));
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 200, body: undefined });
    expect(error.message).toBe(`200: success body is empty (GET ${URL_42})`);
  });

  it('rejects a success with an empty body and no Content-Length where JSON is documented', async () => {
    expect(await rejection(create(empty(201)))).toMatchObject({ name: 'HttpError', status: 201, message: expect.stringContaining('success body is empty') });
  });

  it('rejects a status-0 response (an opaque one) with an HttpError, not a RangeError', async () => {
    const error = await rejection(getBooking(() => Response.error()));
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 0 });
  });

  it('rejects a success whose body is not JSON', async () => {
    const error = await rejection(getBooking(text(200, '<html>maintenance</html>')));
    expect(error).toMatchObject({ name: 'HttpError', status: 200 });
    expect(error.message).toBe(`200: body is not JSON (GET ${URL_42})`);
  });

  it('rejects a failed connection with a NetworkError that keeps the cause', async () => {
    const error = await rejection(getBooking(networkFailure()));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toBe(`network error: fetch failed (GET ${URL_42})`);
    expect((error.cause as Error).message).toBe('fetch failed');
  });

  it('rejects a slow answer with a TimeoutError', async () => {
    const error = await rejection(getBooking(hang(), { timeoutMs: 5 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ name: 'TimeoutError', timeoutMs: 5 });
    expect(error.message).toBe(`no response within 5 ms (GET ${URL_42})`);
  });

  it('rejects a call the caller aborts with the abort reason, not an ApiError', async () => {
    const error = await rejection(
      campone(hang()).GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } }, signal: AbortSignal.abort() }),
    );
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(isApiError(error)).toBe(false);
  });
});

describe('another API’s contract', () => {
  const prose = (reply: Reply) => createApiClient<ProsePaths>(proseContract, { apiKey: KEY, fetch: scriptedFetch(reply), retry: 0 });

  it('maps a documented prose message to its code, at the status the API chose', async () => {
    const error = await rejection(prose(json(400, { message: 'Invalid API key' })).GET('/items').orThrow());
    expect(error).toMatchObject({ status: 400, code: 'invalid_api_key' });
  });

  it('leaves an undocumented message without a code', async () => {
    expect(await rejection(prose(json(400, { message: 'Invalid date format' })).GET('/items').orThrow())).toMatchObject({ code: undefined });
  });

  it('reads the wait from a rate-limit body', async () => {
    const body = { message: 'Rate limit exceeded', data: { limit: 10, remaining: 0, retryAfter: 45 } };
    const error = await rejection(prose(json(429, body)).GET('/items').orThrow());
    expect(error).toMatchObject({ code: 'rate_limit_exceeded', retryAfterMs: 45_000 });
  });

  it('resolves an empty 204 that its contract documents without a body', async () => {
    const result = await prose(empty(204)).DELETE('/items/{id}', { params: { path: { id: 1 } } });
    expect(result).toMatchObject({ status: 204, data: undefined });
  });

  it('sends the key in the header its contract names', async () => {
    const fetch = scriptedFetch(json(200, []));
    await createApiClient<ProsePaths>(proseContract, { apiKey: KEY, fetch }).GET('/items');
    expect(fetch.requests[0]!.headers.get('x-api-key')).toBe(KEY);
  });
});

describe('long server texts', () => {
  it('are cut in the error message, while the body keeps them whole', async () => {
    const detail = `The server hit an unexpected error: ${'x'.repeat(5_000_000)}`;
    const error = (await rejection(getBooking(json(500, { detail })).orThrow())) as HttpError;
    expect(error.message.length).toBeLessThan(500);
    expect(error.message).toContain('The server hit an unexpected error: xxx');
    expect(error.body).toEqual({ detail });
  });

  it('are cut after the key is masked, so no prefix of a key shows at the cut', async () => {
    const error = (await rejection(getBooking(json(500, { detail: `${'y '.repeat(148)}a ${KEY}` })).orThrow())) as HttpError;
    expect(error.message).not.toContain(KEY.slice(0, 4));
  });
});
