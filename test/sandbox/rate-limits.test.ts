// Rate limits as each contract states them, counted in the database: CampOne
// per key over all its endpoints, BookingShake per key and per endpoint (10 a
// minute on creates, 60 on each GET), with the contract's headers on every
// answer and each API's 429 body. Uses tenant 2's readWrite keys, which no
// other test file sends requests with (test/sandbox/support/demo-keys.ts).
import { describe, expect, it } from 'vitest';
import { getApi } from '../../model/registry.js';
import { readContract, statedLimit } from '../../sandbox/http/contract.ts';
import { demoKey, demoTenant } from './support/demo-keys.ts';
import { sandboxOf, type Reply } from './support/http.ts';

const remaining = (reply: Reply) => Number(reply.headers.get('x-ratelimit-remaining'));

/** Every header the catalog's rate-limit profile lists, with the limit and a wait within one window. */
function expectLimited(reply: Reply, limit: number) {
  expect(reply.status).toBe(429);
  expect(reply.headers.get('x-ratelimit-limit')).toBe(String(limit));
  expect(reply.headers.get('x-ratelimit-remaining')).toBe('0');
  const wait = Number(reply.headers.get('retry-after'));
  expect(wait).toBeGreaterThanOrEqual(1);
  expect(wait).toBeLessThanOrEqual(60);
  expect(Number(reply.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  return wait;
}

describe('CampOne rate limit: per key, every endpoint counted together', () => {
  const api = sandboxOf('campone');
  const contract = readContract(getApi('campone'));
  const key = demoKey('campone', 1, 'readWrite');
  const tenant = demoTenant('campone', 1);

  it('allows the stated limit, counting down on every answer, then answers 429 on every endpoint', async () => {
    const limit = statedLimit(contract, contract.operations[0]!)!;
    const paths = [`/api/v1/public/bookings/${tenant.bookingId}/`, '/api/v1/public/sites/'];
    const counts: number[] = [];
    for (let sent = 0; sent < limit; sent++) {
      const reply = await api('GET', paths[sent % 2]!, { key });
      expect(reply.status).toBe(200);
      counts.push(remaining(reply));
    }
    expect(counts).toEqual(Array.from({ length: limit }, (_, index) => limit - 1 - index));
    for (const path of paths) {
      const reply = await api('GET', path, { key });
      const wait = expectLimited(reply, limit);
      // The contract's sentence, with this wait in it.
      expect(reply.body).toEqual({ detail: contract.example('listBookings', '429', 'rate_limited').detail.replace(/\d+/, String(wait)) });
    }
  });
});

describe('BookingShake rate limits: per key and per endpoint', () => {
  const api = sandboxOf('bookingshake');
  const contract = readContract(getApi('bookingshake'));
  const key = demoKey('bookingshake', 1, 'readWrite');
  const tenant = demoTenant('bookingshake', 1);
  const operation = (id: string) => contract.operations.find((candidate) => candidate.id === id)!;

  it('allows 10 creates a minute, then answers 429 with the limit in data', async () => {
    expect(statedLimit(contract, operation('createEvent'))).toBe(10);
    const event = { bookings: [{ date: '20-06-2025', startTime: '10:00', endTime: '12:00', pax: 8, space_id: tenant.spaceId }], contact_id: tenant.contactId };
    for (let sent = 0; sent < 10; sent++) {
      const reply = await api('POST', '/api/events/create', { key, json: event });
      expect([reply.status, remaining(reply)]).toEqual([200, 9 - sent]);
    }
    const limited = await api('POST', '/api/events/create', { key, json: event });
    const wait = expectLimited(limited, 10);
    expect(limited.body).toEqual({
      message: (contract.answer({ code: 'rate_limit_exceeded' }).body as { message: string }).message,
      data: { limit: 10, window: '60 seconds', remaining: 0, resetAt: expect.any(String), retryAfter: wait },
    });
    expect(Date.parse(limited.body.data.resetAt) / 1000).toBe(Number(limited.headers.get('x-ratelimit-reset')));
  });

  it('allows 60 GETs a minute on each endpoint, counted apart', async () => {
    expect(statedLimit(contract, operation('listSpaces'))).toBe(60);
    for (let sent = 0; sent < 60; sent++) expect((await api('GET', '/api/spaces', { key })).status).toBe(200);
    expectLimited(await api('GET', '/api/spaces', { key }), 60);
    const other = await api('GET', '/api/status', { key });
    expect([other.status, other.headers.get('x-ratelimit-limit'), remaining(other)]).toEqual([200, '60', 59]);
  });
});
