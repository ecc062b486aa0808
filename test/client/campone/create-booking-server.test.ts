// createBookingSafely against a server that really stores bookings (issue 12's
// cases): one that stores after the client gave up, one whose clock runs
// behind, one that stores and then answers a body nobody can read, and one
// that holds a look-alike booking of someone else. Counted on the server:
// never two bookings, never a booking the call did not create. Durations are
// the halved (1 s timeout and settle, 2.5 s store: 500 ms, 1 250 ms),
// long enough that a loaded machine still delivers the POST before the client
// gives up.
import { beforeEach, describe, expect, it } from 'vitest';
import { createBookingSafely, UnknownOutcomeError, type SafeCreateOptions } from '../../../src/campone/create-booking.js';
import { createCampOneClient } from '../../../src/campone/index.js';
import { booking, newBooking } from '../support/bookings.js';
import { bookingServer, type Answer } from '../support/booking-server.js';

const server = bookingServer();
beforeEach(() => server.reset());

const TIMEOUT_MS = 500;
const STORE_MS = 1_250;
const create = (options: SafeCreateOptions = {}, body = newBooking, on = server) =>
  createBookingSafely(createCampOneClient({ apiKey: 'key', baseUrl: on.url, timeoutMs: TIMEOUT_MS, retry: { backoffMs: 1 } }), body, {
    settleMs: TIMEOUT_MS,
    lookupBackoffMs: 50,
    ...options,
  });
/** The error the call rejects with, once the server has stored or dropped everything it was sent. */
const outcome = async (call: Promise<unknown>, on = server) => {
  const settled = await call.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await on.idle();
  return settled as { value?: { booking: typeof booking; reconciled: boolean }; error?: unknown };
};

// Side by side, each with a server of its own: these tests mostly wait out a store, a timeout or a settle window.
describe.concurrent('a create stored after the client stopped waiting', () => {
  const [late, found, behind] = [bookingServer(), bookingServer(), bookingServer()];

  it('is never stored twice when the store outlasts the timeout and the settle window', async () => {
    late.reset({ answer: 'none', storeAfterMs: STORE_MS });
    const { error } = await outcome(create({}, newBooking, late), late);
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    expect([late.posts, late.bookings.length]).toEqual([1, 1]);
  });

  it('is found, not sent again, when the settle window outlasts the store', async () => {
    found.reset({ answer: 'none', storeAfterMs: STORE_MS });
    const { value } = await outcome(create({ settleMs: 5_000 }, newBooking, found), found);
    expect(value).toEqual({ booking: found.bookings[0], reconciled: true });
    expect([found.posts, found.bookings.length]).toEqual([1, 1]);
  });

  it('is never stored twice when the server clock runs further behind than the allowed skew', async () => {
    behind.reset({ answer: 'server-error', clockBehindMs: 6_000 });
    const { error } = await outcome(create({ clockSkewMs: 1_000 }, newBooking, behind), behind);
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    expect([behind.posts, behind.bookings.length]).toEqual([1, 1]);
  });
});

describe('a create stored and answered with a body that cannot be read', () => {
  const unreadable: Answer[] = ['html', 'empty', 'cut-off-json', 'broken-connection'];
  it.each(unreadable)('is looked up and found after a 201 with %s, not reported as an HttpError', async (answer) => {
    server.reset({ answer });
    const { value, error } = await outcome(create());
    expect(error).toBeUndefined();
    expect(value).toEqual({ booking: server.bookings[0], reconciled: true });
    expect([server.posts, server.bookings.length]).toEqual([1, 1]);
  });
});

describe('a create that was not stored, beside a look-alike booking of someone else', () => {
  // Same site, dates and email, made 30 s earlier by another party.
  const stranger = { ...booking, id: 7, guest_name: 'Grace Hopper', num_adults: 1, num_children: 3, created_at: new Date(Date.now() - 30_000).toISOString() };

  it('is never reported as reconciled with the stranger’s booking; the look-alike comes back as a candidate', async () => {
    server.reset({ answer: 'server-error', store: false }, [stranger]);
    const { value, error } = await outcome(create());
    expect(value).toBeUndefined();
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    expect((error as UnknownOutcomeError).candidates).toEqual([stranger]);
    expect((error as UnknownOutcomeError).sent).toEqual(newBooking);
    expect([server.posts, server.bookings]).toEqual([1, [stranger]]);
  });

  it('is not matched with a booking that differs only in a field the create sent', async () => {
    for (const [field, value] of Object.entries({ guest_name: 'Ada King', num_adults: 3, num_children: 0, check_out_date: '2026-07-15' })) {
      server.reset({ answer: 'server-error', store: false }, [{ ...booking, [field]: value, created_at: new Date().toISOString() }]);
      const { error } = await outcome(create({ settleMs: 0 }));
      expect(error, field).toBeInstanceOf(UnknownOutcomeError);
    }
  });
});

describe('matching as the server stores', () => {
  it('finds a booking whose create left num_children out and wrote the email in capitals', async () => {
    const { num_children: _omitted, ...withoutChildren } = newBooking;
    server.reset({ answer: 'html' });
    const { value } = await outcome(create({}, { ...withoutChildren, guest_email: 'Ada@Example.COM' } as typeof newBooking));
    expect(value).toMatchObject({ booking: { num_children: 0, guest_email: 'ada@example.com' }, reconciled: true });
    expect(server.posts).toBe(1);
  });
});
