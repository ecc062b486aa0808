// The guide's procedure for creates whose answer is lost: look the booking up
// through the list filters, and never send it again (scripted replies; the
// counted cases against a real server are in create-booking-server.test.ts).
import { describe, expect, it } from 'vitest';
import { getApi, readBundle } from '../../../model/registry.js';
import { inspect } from 'node:util';
import { createCampOneClient, isErrorCode, TimeoutError } from '../../../src/campone/index.js';
import { createBookingSafely, STORED_WHEN_OMITTED, UnknownOutcomeError } from '../../../src/campone/create-booking.js';
import { booking, newBooking, page } from '../support/bookings.js';
import { hang, json, networkFailure, scriptedFetch, type Reply } from '../support/replies.js';

const created = json(201, booking);
/** A lookup page that says more pages follow. */
const pageWithMore = (...results: (typeof booking)[]) => json(200, { ...page(...results), count: 500, next: 'https://api.campone.example/api/v1/public/bookings/?page=9' });
const serverError = json(500, { detail: 'The server hit an unexpected error.' });

/** A server that answers creates and lookups from separate scripts. */
function server(creates: Reply[], lookups: Reply[] = []) {
  const posts = scriptedFetch(...creates);
  const gets = scriptedFetch(...(lookups.length > 0 ? lookups : [json(200, page())]));
  const fetch = (request: Request) => (request.method === 'POST' ? posts(request) : gets(request));
  const api = createCampOneClient({ apiKey: 'key', fetch, timeoutMs: 20, retry: { backoffMs: 0 } });
  return { api, posts, gets, create: () => createBookingSafely(api, newBooking, { settleMs: 0 }) };
}

describe('createBookingSafely', () => {
  it('returns the created booking when the create answers', async () => {
    const { create, posts, gets } = server([created]);
    expect(await create()).toEqual({ booking, reconciled: false });
    expect([posts.requests.length, gets.requests.length]).toEqual([1, 0]);
  });

  it('after a timeout, finds the booking that was created and does not send again', async () => {
    const stored = { ...booking, created_at: new Date().toISOString() };
    const { create, posts, gets } = server([hang()], [json(200, page(stored))]);
    expect(await create()).toEqual({ booking: stored, reconciled: true });
    expect(posts.requests).toHaveLength(1);
    const lookup = new URL(gets.requests[0]!.url);
    expect(lookup.pathname).toBe('/api/v1/public/bookings/');
    expect(Object.fromEntries(lookup.searchParams)).toMatchObject({
      site_id: '7',
      check_in_date: '2026-07-10',
      check_out_date: '2026-07-14',
      guest_email: 'ada@example.com',
    });
    expect(Date.parse(lookup.searchParams.get('created_after')!)).toBeLessThan(Date.now());
  });

  it('after a 500, finds nothing, does not send again, and says the outcome is unknown with what it sent', async () => {
    const { create, posts, gets } = server([serverError, created]);
    const error = await create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    expect(error).toMatchObject({ sent: newBooking, candidates: [], lookup: undefined });
    expect((error as UnknownOutcomeError).cause).toMatchObject({ status: 500 });
    expect([posts.requests.length, gets.requests.length]).toEqual([1, 1]);
  });

  it('after a network error, finds nothing, and does not send again', async () => {
    const { create, posts } = server([networkFailure(), created]);
    await expect(create()).rejects.toBeInstanceOf(UnknownOutcomeError);
    expect(posts.requests).toHaveLength(1);
  });

  it('ignores listed bookings that do not match, as when the server ignores a filter, and returns the look-alikes as candidates', async () => {
    const now = new Date().toISOString();
    const someoneElse = { ...booking, id: 7, guest_email: 'grace@example.com', created_at: now };
    const older = { ...booking, id: 8, created_at: '2020-01-01T00:00:00Z' };
    const { create, posts } = server([serverError, created], [json(200, page(someoneElse, older))]);
    const error = await create().catch((e: unknown) => e);
    expect((error as UnknownOutcomeError).candidates).toEqual([older]);
    expect(posts.requests).toHaveLength(1);
  });

  it('claims neither of two bookings that both match every field', async () => {
    const now = new Date().toISOString();
    const twins = [{ ...booking, id: 8, created_at: now }, { ...booking, id: 9, created_at: now }];
    const { create, posts } = server([hang()], [json(200, page(...twins))]);
    const error = await create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    expect((error as UnknownOutcomeError).candidates).toEqual(twins);
    expect(posts.requests).toHaveLength(1);
  });

  it('masks the key in what it sent and in the candidates it keeps', async () => {
    const KEY = 'sk_live_in_the_notes_0123';
    const body = { ...newBooking, notes: `key ${KEY}` };
    const posts = scriptedFetch(serverError);
    const gets = scriptedFetch(json(200, page({ ...booking, notes: `key ${KEY}`, guest_name: 'Grace', created_at: new Date().toISOString() })));
    const api = createCampOneClient({ apiKey: KEY, fetch: (request) => (request.method === 'POST' ? posts(request) : gets(request)), retry: 0 });
    const error = await createBookingSafely(api, body, { settleMs: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    expect(JSON.stringify(error)).toContain('key ***');
    expect(inspect(error, { depth: null, showHidden: true })).not.toContain(KEY);
  });

  it('keeps looking through the settle window, with backoff, until the booking shows', async () => {
    const stored = { ...booking, created_at: new Date().toISOString() };
    const { api, posts, gets } = server([serverError], [json(200, page()), json(200, page()), json(200, page(stored))]);
    expect(await createBookingSafely(api, newBooking, { settleMs: 5_000, lookupBackoffMs: 1 })).toEqual({ booking: stored, reconciled: true });
    expect([posts.requests.length, gets.requests.length]).toEqual([1, 3]);
  });

  it('does not send again when the lookup fails, and says the outcome is unknown', async () => {
    const { create, posts } = server([hang(), created], [json(500, { detail: 'The server hit an unexpected error.' })]);
    const error = await create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    expect((error as UnknownOutcomeError).cause).toBeInstanceOf(TimeoutError);
    expect((error as UnknownOutcomeError).lookup).toMatchObject({ status: 500 });
    expect(posts.requests).toHaveLength(1);
  });

  it('throws a definite failure at once, without a lookup', async () => {
    const { create, posts, gets } = server([json(400, { detail: 'site_not_found' })]);
    const error = await create().catch((e: unknown) => e);
    expect(isErrorCode(error, 'site_not_found')).toBe(true);
    expect([posts.requests.length, gets.requests.length]).toEqual([1, 0]);
  });

  it('looks up in pages of 100, from the first', async () => {
    const { create, gets } = server([serverError]);
    await create().catch(() => undefined);
    expect(Object.fromEntries(new URL(gets.requests[0]!.url).searchParams)).toMatchObject({ page_size: '100', page: '1' });
  });

  it('reads the next page while the lookup has more and no match, and finds the booking there', async () => {
    const stored = { ...booking, created_at: new Date().toISOString() };
    const someoneElse = { ...stored, id: 7, guest_email: 'grace@example.com' };
    const { create, posts, gets } = server([hang()], [pageWithMore(someoneElse), json(200, page(stored))]);
    expect(await create()).toEqual({ booking: stored, reconciled: true });
    expect(gets.requests.map((request) => new URL(request.url).searchParams.get('page'))).toEqual(['1', '2']);
    expect(posts.requests).toHaveLength(1);
  });

  it('stops after five pages that all have more, reports the outcome unknown, and does not send again', async () => {
    const { create, posts, gets } = server([serverError, created], [pageWithMore()]);
    const error = await create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    expect([posts.requests.length, gets.requests.length]).toEqual([1, 5]);
  });
});

describe('what a create leaves out', () => {
  it('is filled in as the contract says the server stores it: the default when there is one, else null', () => {
    const { components } = readBundle(getApi('campone')) as any;
    const create = components.schemas.BookingCreate;
    const optional = Object.keys(create.properties).filter((key) => !create.required.includes(key));
    const expected = Object.fromEntries(optional.map((key) => [key, create.properties[key].default ?? null]));
    expect(STORED_WHEN_OMITTED).toEqual(expected);
    for (const key of optional) expect(components.schemas.Booking.required.includes(key) || components.schemas.Booking.properties[key].type.includes('null'), key).toBe(true);
  });
});
