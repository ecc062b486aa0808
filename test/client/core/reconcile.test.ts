import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpError, NetworkError, TimeoutError } from '../../../src/core/errors.js';
import { isLostAnswer, reconcile } from '../../../src/core/reconcile.js';

const request = { method: 'POST', url: 'https://x.test/items' };
const httpError = (status: number) =>
  new HttpError({ status, body: undefined, code: undefined, fieldErrors: undefined, rateLimit: undefined, retryAfterMs: undefined, detail: '', response: new Response(null, { status }) }, request);

describe('isLostAnswer', () => {
  it('counts timeouts, network errors and 5xx as lost answers', () => {
    expect([new TimeoutError(5, request), new NetworkError('x', request), httpError(500), httpError(503)].every(isLostAnswer)).toBe(true);
  });

  it('counts a 4xx, or anything else, as a definite answer', () => {
    expect([httpError(400), httpError(429), new Error('x'), undefined].some(isLostAnswer)).toBe(false);
  });
});

describe('reconcile', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits settleMs before looking up, so a slow create can land', async () => {
    const find = vi.fn(async () => 'found');
    const done = reconcile(() => Promise.reject(new TimeoutError(5, request)), find, { settleMs: 1_000 });
    await vi.advanceTimersByTimeAsync(999);
    expect(find).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(await done).toEqual(['found', true]);
  });

  it('stops when the caller aborts while it waits', async () => {
    const controller = new AbortController();
    const done = reconcile(() => Promise.reject(new TimeoutError(5, request)), async () => 'found', { signal: controller.signal });
    controller.abort();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
  });
});
