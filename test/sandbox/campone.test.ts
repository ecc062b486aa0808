// The CampOne sandbox behaves as the CampOne guide says: keys and scopes,
// tenant isolation (another tenant's things look missing), field-keyed
// validation in the contract's words, creates that are not idempotent, and
// the list endpoint's filters and pagination.
import { describe, expect, it } from 'vitest';
import { getApi } from '../../model/registry.js';
import { readContract } from '../../sandbox/http/contract.ts';
import { demoKey, demoTenant } from './support/demo-keys.ts';
import { sandboxOf, uniqueEmail } from './support/http.ts';

const api = sandboxOf('campone');
const contract = readContract(getApi('campone'));
const mine = demoTenant('campone', 0);
const theirs = demoTenant('campone', 1);
// Bulk requests go with the load keys: same scopes as readWrite, a window that does not run out.
const key = demoKey('campone', 0, 'load');
const theirKey = demoKey('campone', 1, 'load');
const BOOKINGS = '/api/v1/public/bookings/';
const code = (name: string) => contract.answer({ code: name }).body;
const { id: _id, status: _status, created_at: _created, notes: _notes, ...documentedCreate } = contract.example('createBooking', '201', 'created');
const stay = (guest_email: string, extra: Record<string, unknown> = {}) => ({ ...documentedCreate, guest_email, ...extra });

describe('CampOne keys and scopes', () => {
  it.each([
    ['no Authorization header', {}],
    ['a scheme other than Bearer', { headers: { Authorization: `Token ${key}` } }],
    ['a bearer token that is not a key', { key: 'cmp_test_nobody' }],
  ])('answers %s with 401 invalid_key and WWW-Authenticate: Bearer', async (_case, options) => {
    const reply = await api('GET', `${BOOKINGS}${mine.bookingId}/`, options);
    expect([reply.status, reply.body, reply.headers.get('www-authenticate')]).toEqual([401, code('invalid_key'), 'Bearer']);
  });

  it.each(['revoked', 'expired'] as const)('answers a %s key with 401 key_inactive', async (kind) => {
    const reply = await api('GET', `${BOOKINGS}${mine.bookingId}/`, { key: demoKey('campone', 0, kind) });
    expect([reply.status, reply.body]).toEqual([401, code('key_inactive')]);
  });

  it('refuses a create to a read-only key with the documented 403, and lets it read', async () => {
    const readOnly = demoKey('campone', 0, 'readOnly');
    const refused = await api('POST', BOOKINGS, { key: readOnly, json: stay(uniqueEmail('scope')) });
    expect([refused.status, refused.body]).toEqual([403, contract.example('createBooking', '403', 'missing_scope')]);
    expect((await api('GET', `${BOOKINGS}${mine.bookingId}/`, { key: readOnly })).status).toBe(200);
  });

  it('puts the rate-limit headers on every answer to an accepted key', async () => {
    const reply = await api('GET', '/api/v1/public/sites/', { key });
    expect(reply.status).toBe(200);
    for (const name of ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']) expect(reply.headers.get(name)).toMatch(/^\d+$/);
  });
});

describe('CampOne tenant isolation', () => {
  it('serves the booking and site the contract shows, to the tenant that owns them, exactly as documented', async () => {
    expect((await api('GET', `${BOOKINGS}${mine.bookingId}/`, { key })).body).toEqual(contract.example('getBooking', '200', 'confirmed'));
    expect((await api('GET', `/api/v1/public/sites/${mine.siteId}/`, { key })).body).toEqual(contract.example('getSite', '200', 'pitch'));
  });

  it("answers another tenant's booking and site with 404 not_found, exactly as a missing one", async () => {
    for (const path of [`${BOOKINGS}${theirs.bookingId}/`, `/api/v1/public/sites/${theirs.siteId}/`, `${BOOKINGS}999999/`]) {
      const reply = await api('GET', path, { key });
      expect([path, reply.status, reply.body]).toEqual([path, 404, code('not_found')]);
    }
    // The owner sees them.
    expect((await api('GET', `${BOOKINGS}${theirs.bookingId}/`, { key: theirKey })).status).toBe(200);
    expect((await api('GET', `${BOOKINGS}${mine.bookingId}/`, { key: theirKey })).status).toBe(404);
  });

  it.each(['abc', '0', '-1', '1.5', '99999999999'])('answers the path ID %s, which names no booking, with 404 not_found', async (id) => {
    const reply = await api('GET', `${BOOKINGS}${id}/`, { key });
    expect([reply.status, reply.body]).toEqual([404, code('not_found')]);
  });

  it("refuses a booking on another tenant's site with 400 site_not_found, and makes none", async () => {
    const email = uniqueEmail('foreign-site');
    const reply = await api('POST', BOOKINGS, { key, json: stay(email, { site_id: theirs.siteId }) });
    expect([reply.status, reply.body]).toEqual([400, code('site_not_found')]);
    expect((await api('GET', `${BOOKINGS}?guest_email=${encodeURIComponent(email)}`, { key })).body.count).toBe(0);
  });

  it("never lists another tenant's bookings", async () => {
    const email = uniqueEmail('theirs');
    expect((await api('POST', BOOKINGS, { key: theirKey, json: stay(email, { site_id: theirs.siteId, num_children: 0 }) })).status).toBe(201);
    expect((await api('GET', `${BOOKINGS}?guest_email=${encodeURIComponent(email)}`, { key: theirKey })).body.count).toBe(1);
    expect((await api('GET', `${BOOKINGS}?guest_email=${encodeURIComponent(email)}`, { key })).body.count).toBe(0);
  });
});

describe('CampOne creates', () => {
  it('stores the contract’s example request as a new pending booking, answered 201', async () => {
    const email = uniqueEmail('create');
    const before = Date.now();
    const reply = await api('POST', BOOKINGS, { key, json: stay(email) });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ ...stay(email), status: 'pending', notes: null });
    expect(Date.parse(reply.body.created_at)).toBeGreaterThanOrEqual(before - 5_000);
    expect((await api('GET', `${BOOKINGS}${reply.body.id}/`, { key })).body).toEqual(reply.body);
  });

  it('makes a second booking when the same create is sent again (no idempotency)', async () => {
    const email = uniqueEmail('twice');
    const first = await api('POST', BOOKINGS, { key, json: stay(email) });
    const second = await api('POST', BOOKINGS, { key, json: stay(email) });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).not.toBe(first.body.id);
    expect((await api('GET', `${BOOKINGS}?guest_email=${encodeURIComponent(email)}`, { key })).body.count).toBe(2);
  });

  it('answers an empty body with the missing_fields example, field by field', async () => {
    for (const text of ['{}', '']) {
      const reply = await api('POST', BOOKINGS, { key, text, contentType: 'application/json' });
      expect([reply.status, reply.body]).toEqual([400, contract.example('createBooking', '400', 'missing_fields')]);
    }
  });

  it('answers the mistakes of the invalid_fields example with that example, non_field_errors included', async () => {
    const reply = await api('POST', BOOKINGS, { key, json: stay('not-an-email', { num_adults: -1, check_in_date: '2026-07-14', check_out_date: '2026-07-10' }) });
    expect([reply.status, reply.body]).toEqual([400, contract.example('createBooking', '400', 'invalid_fields')]);
  });

  it('refuses a stay that ends before it starts under non_field_errors alone when every field is valid', async () => {
    const reply = await api('POST', BOOKINGS, { key, json: stay(uniqueEmail('backwards'), { check_in_date: '2026-07-14', check_out_date: '2026-07-14' }) });
    expect([reply.status, reply.body]).toEqual([400, { non_field_errors: contract.example('createBooking', '400', 'invalid_fields').non_field_errors }]);
  });

  it('refuses a party larger than the site holds, and a site that is not open, field-keyed', async () => {
    const sites = (await api('GET', '/api/v1/public/sites/', { key })).body.results as { id: number; max_guests: number; is_active: boolean }[];
    const open = sites.find((site) => site.is_active)!;
    const crowded = await api('POST', BOOKINGS, { key, json: stay(uniqueEmail('crowd'), { site_id: open.id, num_adults: open.max_guests, num_children: 1 }) });
    expect([crowded.status, Object.keys(crowded.body)]).toEqual([400, ['non_field_errors']]);
    const closed = sites.find((site) => !site.is_active)!;
    const refused = await api('POST', BOOKINGS, { key, json: stay(uniqueEmail('closed'), { site_id: closed.id, num_adults: 1, num_children: 0 }) });
    expect([refused.status, Object.keys(refused.body)]).toEqual([400, ['site_id']]);
  });

  it('keys other refusals by field, with the limit in the message', async () => {
    const reply = await api('POST', BOOKINGS, { key, json: stay(uniqueEmail('fields'), { num_children: -2, site_id: 'seven', colour: 'blue' }) });
    expect(reply.status).toBe(400);
    expect(reply.body.num_children).toEqual(['Ensure this value is greater than or equal to 0.']);
    expect(Object.keys(reply.body).sort()).toEqual(['colour', 'num_children', 'site_id']);
  });
});

describe('CampOne lists', () => {
  it('filters by site, dates, guest email (in any case) and creation time, newest first', async () => {
    const email = uniqueEmail('filters');
    const since = new Date(Date.now() - 1000).toISOString();
    const made = [];
    for (const [site_id, check_in_date] of [[7, '2027-01-10'], [8, '2027-01-10'], [7, '2027-02-01']] as const) {
      made.push((await api('POST', BOOKINGS, { key, json: stay(email, { site_id, check_in_date, check_out_date: '2027-03-01', num_children: 0 }) })).body.id);
    }
    const list = async (query: string) => (await api('GET', `${BOOKINGS}?guest_email=${encodeURIComponent(email.toUpperCase())}&${query}`, { key })).body;
    expect((await list('')).results.map((booking: { id: number }) => booking.id)).toEqual([...made].reverse());
    expect((await list('site_id=7')).count).toBe(2);
    expect((await list('check_in_date=2027-01-10')).count).toBe(2);
    expect((await list('check_in_date=2027-01-10&site_id=8')).results.map((booking: { id: number }) => booking.id)).toEqual([made[1]]);
    expect((await list(`created_after=${encodeURIComponent(since)}`)).count).toBe(3);
    expect((await list(`created_after=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).count).toBe(0);
  });

  it('pages with page and page_size, linking the next and previous pages', async () => {
    const email = uniqueEmail('pages');
    for (let i = 0; i < 3; i++) await api('POST', BOOKINGS, { key, json: stay(email) });
    const first = (await api('GET', `${BOOKINGS}?guest_email=${encodeURIComponent(email)}&page_size=2`, { key })).body;
    expect([first.count, first.results.length, first.previous]).toEqual([3, 2, null]);
    const second = (await api('GET', new URL(first.next).pathname + new URL(first.next).search, { key })).body;
    expect([second.count, second.results.length, second.next]).toEqual([3, 1, null]);
    expect(new URL(second.previous).searchParams.get('page')).toBe('1');
    const beyond = (await api('GET', `${BOOKINGS}?guest_email=${encodeURIComponent(email)}&page_size=2&page=9`, { key })).body;
    expect([beyond.count, beyond.results, beyond.next, new URL(beyond.previous).searchParams.get('page')]).toEqual([3, [], null, '2']);
  });

  it('refuses invalid query values field by field, in the invalid_query example’s words', async () => {
    const reply = await api('GET', `${BOOKINGS}?check_in_date=tomorrow&page_size=101`, { key });
    expect([reply.status, reply.body]).toEqual([400, contract.example('listBookings', '400', 'invalid_query')]);
    const page = await api('GET', `${BOOKINGS}?page=0`, { key });
    expect(page.body).toEqual({ page: ['Ensure this value is greater than or equal to 1.'] });
  });

  it("lists the tenant's sites by name, filtered by type", async () => {
    const all = (await api('GET', '/api/v1/public/sites/', { key })).body;
    const names = all.results.map((site: { name: string }) => site.name);
    expect(names).toEqual([...names].sort());
    expect(all.results.map((site: { id: number }) => site.id)).not.toContain(theirs.siteId);
    const tents = (await api('GET', '/api/v1/public/sites/?site_type=tent', { key })).body.results;
    expect(tents.length).toBeGreaterThan(0);
    expect(tents.every((site: { site_type: string }) => site.site_type === 'tent')).toBe(true);
  });
});
