import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpError, NetworkError, TimeoutError, UnknownOutcomeError } from '../../../src/core/errors.js';
import { isLostAnswer, reconcile } from '../../../src/core/reconcile.js';

const request = { method: 'POST', url: 'https://x.test/items' };
const httpError = (status: number, body?: unknown) =>
  new HttpError({ status, body, code: undefined, fieldErrors: undefined, rateLimit: undefined, retryAfterMs: undefined, detail: '', response: new Response(null, { status }) }, request);
const nothing = { matches: [], candidates: [] };

describe('isLostAnswer', () => {
  it('counts timeouts, network errors and 5xx as lost answers', () => {
    expect([new TimeoutError(5, request), new NetworkError('x', request), httpError(500), httpError(503, { detail: 'x' })].every(isLostAnswer)).toBe(true);
  });

  it('counts an answer whose body could not be read as lost, a 2xx or a 4xx alike', () => {
    expect([httpError(201), httpError(201, '<html>'), httpError(400, '<html>Bad Request</html>'), httpError(403)].every(isLostAnswer)).toBe(true);
  });

  it('counts a 4xx with a readable error body, or anything else, as a definite answer', () => {
    expect([httpError(400, { detail: 'site_not_found' }), httpError(429, { detail: 'x' }), new Error('x'), undefined].some(isLostAnswer)).toBe(false);
  });
});

describe('reconcile', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const lost = () => Promise.reject(new TimeoutError(5, request));

  it('looks up at once, then with doubling pauses until the settle window ends, and never sends again', async () => {
    const send = vi.fn(lost);
    const find = vi.fn(async () => nothing);
    const done = reconcile(send, find, { a: 1 }, { settleMs: 10_000, lookupBackoffMs: 1_000 }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    expect(find).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    // At 0, 1, 3 and 7 s, then at the window's end (10 s).
    expect(find).toHaveBeenCalledTimes(5);
    expect(await done).toBeInstanceOf(UnknownOutcomeError);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('resolves with the one match a lookup finds', async () => {
    const find = vi.fn().mockResolvedValueOnce(nothing).mockResolvedValue({ matches: ['mine'], candidates: ['other'] });
    const done = reconcile(lost, find, {}, { settleMs: 60_000 });
    await vi.advanceTimersByTimeAsync(500);
    expect(await done).toEqual(['mine', true]);
  });

  it('says the outcome is unknown, with what was sent, the candidates and the failed lookup', async () => {
    const failure = new NetworkError('down', request);
    const find = vi.fn().mockResolvedValueOnce({ matches: [], candidates: ['look-alike'] }).mockRejectedValue(failure);
    const done = reconcile(lost, find, { sent: 'body' }, { settleMs: 1_000 }).catch((error: unknown) => error);
    await vi.runAllTimersAsync();
    expect(await done).toMatchObject({ name: 'UnknownOutcomeError', sent: { sent: 'body' }, candidates: ['look-alike'], lookup: failure });
  });

  it('throws a definite answer as it is, without a lookup', async () => {
    const find = vi.fn(async () => nothing);
    const definite = httpError(400, { detail: 'site_not_found' });
    await expect(reconcile(() => Promise.reject(definite), find, {})).rejects.toBe(definite);
    expect(find).not.toHaveBeenCalled();
  });

  it('stops when the caller aborts while it waits', async () => {
    const controller = new AbortController();
    const done = reconcile(lost, async () => nothing, {}, { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
  });
});
