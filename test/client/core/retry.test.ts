import { describe, expect, it } from 'vitest';
import { backoff, RETRY_DEFAULTS, retriesFor, retryDelay, retryPolicy } from '../../../src/core/retry.js';
import { contract } from '../../../generated/campone/contract.js';
import { proseContract } from '../support/prose-api.js';

const at = (status: number, headers: Record<string, string> = {}, body = '{}') => new Response(body, { status, headers });

describe('retryPolicy', () => {
  it('keeps the defaults when nothing is given', () => {
    expect(retryPolicy(undefined, RETRY_DEFAULTS)).toBe(RETRY_DEFAULTS);
  });

  it('reads a number as the limit, and options over the defaults', () => {
    expect(retryPolicy(0, RETRY_DEFAULTS).limit).toBe(0);
    expect(retryPolicy({ statuses: [503] }, RETRY_DEFAULTS)).toEqual({ ...RETRY_DEFAULTS, statuses: [503] });
  });

  it('lower-cases the methods it is given, so that GET means get', () => {
    expect(retryPolicy({ methods: ['GET', 'Put'] }, RETRY_DEFAULTS).methods).toEqual(['get', 'put']);
  });
});

describe('retriesFor', () => {
  const policy = RETRY_DEFAULTS;

  it('allows the limit for a safe method', () => {
    expect(retriesFor(policy, contract, 'get /api/v1/public/bookings/')).toBe(2);
  });

  it('allows none when retrying is off', () => {
    expect(retriesFor({ ...policy, limit: 0 }, contract, 'get /api/v1/public/bookings/')).toBe(0);
  });

  it('allows the limit for a method given in upper case', () => {
    expect(retriesFor(retryPolicy({ methods: ['GET'] }, policy), contract, 'get /api/v1/public/bookings/')).toBe(2);
  });

  it('allows none for a method that is not safe to repeat', () => {
    expect(retriesFor(policy, proseContract, 'patch /items')).toBe(0);
  });

  it('allows none for an operation the spec flags as not idempotent, even when its method is listed', () => {
    const withPost = { ...policy, methods: [...policy.methods, 'post'] };
    expect(retriesFor(withPost, contract, 'post /api/v1/public/bookings/')).toBe(0);
    expect(retriesFor(withPost, proseContract, 'post /items')).toBe(0);
  });
});

describe('backoff', () => {
  it('doubles each retry, with jitter between half and all of it', () => {
    expect(backoff(RETRY_DEFAULTS, 0, () => 0)).toBe(150);
    expect(backoff(RETRY_DEFAULTS, 0, () => 1)).toBe(300);
    expect(backoff(RETRY_DEFAULTS, 2, () => 1)).toBe(1_200);
  });

  it('stops growing at the cap', () => {
    expect(backoff(RETRY_DEFAULTS, 20, () => 1)).toBe(10_000);
  });
});

describe('retryDelay', () => {
  it('does not retry a status outside the list', async () => {
    expect(await retryDelay(at(400), 0, RETRY_DEFAULTS, contract)).toBeUndefined();
    expect(await retryDelay(at(501), 0, RETRY_DEFAULTS, contract)).toBeUndefined();
  });

  it('waits as long as Retry-After says', async () => {
    expect(await retryDelay(at(429, { 'Retry-After': '7' }), 0, RETRY_DEFAULTS, contract)).toBe(7_000);
  });

  it('does not retry when Retry-After asks for longer than the cap', async () => {
    expect(await retryDelay(at(429, { 'Retry-After': '61' }), 0, RETRY_DEFAULTS, contract)).toBeUndefined();
  });

  it('falls back to backoff without Retry-After', async () => {
    const wait = await retryDelay(at(503), 1, RETRY_DEFAULTS, contract);
    expect(wait).toBeGreaterThanOrEqual(300);
    expect(wait).toBeLessThanOrEqual(600);
  });

  it('reads the wait from the body where the contract points, leaving the body readable', async () => {
    const response = at(429, {}, JSON.stringify({ message: 'Rate limit exceeded', data: { retryAfter: 4 } }));
    expect(await retryDelay(response, 0, RETRY_DEFAULTS, proseContract)).toBe(4_000);
    expect(await response.json()).toMatchObject({ data: { retryAfter: 4 } });
  });
});
