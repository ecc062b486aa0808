// The project's clients against the sandbox, where answers can really be lost
// and rate limits really run out: CampOne's createBookingSafely makes exactly
// one booking when the create's answer is lost after it was stored, and
// retries wait out the sandbox's own Retry-After.
import { describe, expect, inject, it } from 'vitest';
import { getApi } from '../../model/registry.js';
import { readContract } from '../../sandbox/http/contract.ts';
import { createBookingShakeClient } from '../../src/bookingshake/index.ts';
import { createBookingSafely } from '../../src/campone/create-booking.ts';
import { createCampOneClient } from '../../src/campone/index.ts';
import { demoKey } from './support/demo-keys.ts';
import { uniqueEmail } from './support/http.ts';

const contract = readContract(getApi('campone'));
const { id: _id, status: _status, created_at: _created, notes: _notes, guest_phone: _phone, ...create } = contract.example('createBooking', '201', 'created');
const baseUrl = () => inject('sandboxUrls').campone!;

/** A fetch that asks the sandbox to lose the answer to the first create it sends, and records every status. */
function losingFirstCreate(statuses: (number | string)[]) {
  let lost = false;
  return async (request: Request) => {
    if (request.method === 'POST' && !lost) {
      lost = true;
      const headers = new Headers(request.headers);
      headers.set('X-Sandbox-Fault', 'lost-answer');
      request = new Request(request, { headers });
    }
    try {
      const response = await fetch(request);
      statuses.push(response.status);
      return response;
    } catch (error) {
      statuses.push('lost');
      throw error;
    }
  };
}

// Concurrent: the second test mostly waits out a Retry-After.
describe.concurrent('the CampOne client against the sandbox', () => {
  it('createBookingSafely makes exactly one booking when the answer to its create is lost', async () => {
    const statuses: (number | string)[] = [];
    const api = createCampOneClient({ apiKey: demoKey('campone', 0, 'load'), baseUrl: baseUrl(), fetch: losingFirstCreate(statuses) });
    const email = uniqueEmail('safely');
    const { booking, reconciled } = await createBookingSafely(api, { ...create, guest_email: email }, { settleMs: 50 });
    expect(reconciled).toBe(true);
    expect(booking).toMatchObject({ guest_email: email, site_id: create.site_id });
    // One create was sent, its answer lost; the lookup found the booking, so nothing was sent again.
    expect(statuses).toEqual(['lost', 200]);
    const listed = await api.GET('/api/v1/public/bookings/', { params: { query: { guest_email: email } } }).orThrow();
    expect(listed.count).toBe(1);
    expect(listed.results[0]!.id).toBe(booking.id);
  });

  it('retries a read after the Retry-After of a real 429, and then succeeds', async () => {
    const statuses: number[] = [];
    // BookingShake counts each endpoint apart: this test has the burst key's window on /api/sources to itself.
    const api = createBookingShakeClient({
      apiKey: demoKey('bookingshake', 0, 'burst'),
      baseUrl: inject('sandboxUrls').bookingshake!,
      retry: { limit: 1 },
      fetch: async (request) => {
        const response = await fetch(request);
        statuses.push(response.status);
        return response;
      },
    });
    // The burst key allows 2 requests a window: the third call's first attempt is refused.
    for (let call = 0; call < 2; call++) expect((await api.GET('/api/sources')).status).toBe(200);
    const third = await api.GET('/api/sources');
    // One retry only: had it come before the window ended, it would have been refused too.
    expect(third.status).toBe(200);
    expect(statuses).toEqual([200, 200, 429, 200]);
  }, 20_000);
});
