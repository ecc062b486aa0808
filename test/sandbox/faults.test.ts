// Faults on request (X-Sandbox-Fault, sandbox/README.md): each fails the way
// it says, a `once` fault only the first time, and an unreadable one is
// ignored and says so. None of them is part of the contracts, but every
// answer they give is one the contracts document.
import { describe, expect, inject, it } from 'vitest';
import { getApi } from '../../model/registry.js';
import { readContract } from '../../sandbox/http/contract.ts';
import { demoKey, demoTenant } from './support/demo-keys.ts';
import { sandboxOf, uniqueEmail } from './support/http.ts';

const campOne = sandboxOf('campone');
const bookingShake = sandboxOf('bookingshake');
const campOneContract = readContract(getApi('campone'));
const key = demoKey('campone', 0, 'load');
const BOOKINGS = '/api/v1/public/bookings/';
const booking = `${BOOKINGS}${demoTenant('campone', 0).bookingId}/`;
const { id: _id, status: _status, created_at: _created, notes: _notes, ...create } = campOneContract.example('createBooking', '201', 'created');
const fault = (value: string) => ({ 'X-Sandbox-Fault': value });
const countFor = async (email: string) => (await campOne('GET', `${BOOKINGS}?guest_email=${encodeURIComponent(email)}`, { key })).body.count;

describe('X-Sandbox-Fault', () => {
  it('500: answers the API’s documented 500, and runs nothing', async () => {
    const email = uniqueEmail('fault-500');
    const reply = await campOne('POST', BOOKINGS, { key, json: { ...create, guest_email: email }, headers: fault('500') });
    expect([reply.status, reply.body]).toEqual([500, campOneContract.example('createBooking', '500', 'server_error')]);
    expect(await countFor(email)).toBe(0);
    const other = await bookingShake('GET', '/api/spaces', { key: demoKey('bookingshake', 0, 'load'), headers: fault('500') });
    expect([other.status, other.body]).toEqual([500, readContract(getApi('bookingshake')).answer({ code: 'internal_server_error' }).body]);
  });

  it('429: answers the API’s 429 with the Retry-After asked for', async () => {
    const reply = await campOne('GET', booking, { key, headers: fault('429; retry-after=7') });
    expect([reply.status, reply.headers.get('retry-after'), reply.headers.get('x-ratelimit-remaining')]).toEqual([429, '7', '0']);
    expect(reply.body.detail).toMatch(/\b7\b/);
    const other = await bookingShake('GET', '/api/status', { key: demoKey('bookingshake', 0, 'load'), headers: fault('429;retry-after=3') });
    expect([other.status, other.headers.get('retry-after'), other.body.data.retryAfter]).toEqual([429, '3', 3]);
  });

  it('lost-answer: commits the create, then closes the connection without an answer', async () => {
    const email = uniqueEmail('fault-lost');
    await expect(campOne('POST', BOOKINGS, { key, json: { ...create, guest_email: email }, headers: fault('lost-answer') })).rejects.toThrow(/fetch failed/);
    expect(await countFor(email)).toBe(1);
  });

  it('slow=<ms>: holds the answer back, then answers as usual', async () => {
    const signal = AbortSignal.timeout(300);
    const url = new URL(booking, inject('sandboxUrls').campone);
    await expect(fetch(url, { headers: { Authorization: `Bearer ${key}`, ...fault('slow=3000') }, signal })).rejects.toThrow(/abort|timeout/i);
    const reply = await campOne('GET', booking, { key, headers: fault('slow=200') });
    expect(reply.status).toBe(200);
  });

  it('once=<id>: fails the first request with that id only, so a retry goes through', async () => {
    const value = `500; once=${uniqueEmail('once')}`;
    expect((await campOne('GET', booking, { key, headers: fault(value) })).status).toBe(500);
    expect((await campOne('GET', booking, { key, headers: fault(value) })).status).toBe(200);
  });

  it.each(['explode', 'slow=99999999', '429; retry-after=soon', '500; once=', '500; colour=blue'])('ignores %j and says why in X-Sandbox-Fault-Ignored', async (value) => {
    const reply = await campOne('GET', booking, { key, headers: fault(value) });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('x-sandbox-fault-ignored')).toEqual(expect.any(String));
  });

  it('acts only on requests that pass authentication and validation', async () => {
    expect((await campOne('GET', booking, { headers: fault('500') })).status).toBe(401);
    expect((await campOne('POST', BOOKINGS, { key, json: {}, headers: fault('500') })).status).toBe(400);
  });
});
