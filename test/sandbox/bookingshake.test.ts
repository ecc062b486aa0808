// The BookingShake sandbox behaves as the BookingShake guide says:
// authentication refused with 400, every documented create error with its
// message, spaces and sources of the venue only, contacts of the venue or its
// venue group (403 for another venue's), and reference data from the seed.
import { describe, expect, it } from 'vitest';
import { codesIn } from '../../model/catalog.js';
import { getApi } from '../../model/registry.js';
import { readContract } from '../../sandbox/http/contract.ts';
import { demoKey, demoTenant } from './support/demo-keys.ts';
import { sandboxOf } from './support/http.ts';

const api = sandboxOf('bookingshake');
const contract = readContract(getApi('bookingshake'));
const mine = demoTenant('bookingshake', 0);
const theirs = demoTenant('bookingshake', 1);
const key = demoKey('bookingshake', 0, 'load');
const CREATE = '/api/events/create';
const code = (name: string) => contract.answer({ code: name }).body;
const booking = { date: '15-03-2025', startTime: '14:00', endTime: '18:00', pax: 10 };
const event = (change: Record<string, unknown> = {}) => ({ bookings: [booking], contact_id: mine.contactId, ...change });
const product = { title: 'Coffee break', quantity: 20, price_without_tax: 350, vat: 550 };
const without = (value: Record<string, unknown>, field: string) => Object.fromEntries(Object.entries(value).filter(([name]) => name !== field));

describe('BookingShake authentication', () => {
  it.each([
    ['no Authorization header', {}, 'missing_authorization'],
    ['an empty Authorization header', { headers: { Authorization: '' } }, 'missing_authorization'],
    ['a bearer without a key', { headers: { Authorization: 'Bearer' } }, 'invalid_api_key'],
    ['Basic credentials', { headers: { Authorization: 'Basic dXNlcjpwYXNz' } }, 'invalid_api_key'],
    ['an unknown key', { key: 'bks_test_nobody' }, 'invalid_api_key'],
    ['a revoked key', { key: demoKey('bookingshake', 0, 'revoked') }, 'invalid_api_key'],
    ['an expired key', { key: demoKey('bookingshake', 0, 'expired') }, 'invalid_api_key'],
  ])('answers %s with 400 and the catalog message, on GETs and creates alike', async (_case, options, expected) => {
    for (const [method, path] of [['GET', '/api/sources'], ['POST', CREATE]] as const) {
      const reply = await api(method, path, { ...options, ...(method === 'POST' ? { json: event() } : {}) });
      expect([method, reply.status, reply.body]).toEqual([method, 400, code(expected)]);
    }
  });
});

describe('BookingShake reference data', () => {
  it.each([
    ['/api/sources', 'listSources', 'two_sources'],
    ['/api/spaces', 'listSpaces', 'two_spaces'],
    ['/api/status', 'listEventStatuses', 'pipeline'],
    ['/api/fields', 'listCustomFields', 'two_fields'],
  ])("answers GET %s with the venue's own data: the contract's example for venue 1", async (path, operationId, example) => {
    const reply = await api('GET', path, { key });
    expect([reply.status, reply.body]).toEqual([200, contract.example(operationId, '200', example)]);
    const other = await api('GET', path, { key: demoKey('bookingshake', 1, 'load') });
    expect(other.status).toBe(200);
    expect(other.body).not.toEqual(reply.body);
  });

  it("lists venue 2's own space and source, not venue 1's", async () => {
    const spaces = (await api('GET', '/api/spaces', { key: demoKey('bookingshake', 1, 'load') })).body.data.map((space: { id: string }) => space.id);
    const sources = (await api('GET', '/api/sources', { key: demoKey('bookingshake', 1, 'load') })).body.data.map((source: { slug: string }) => source.slug);
    expect(spaces).toContain(theirs.spaceId);
    expect(spaces).not.toContain(mine.spaceId);
    expect(sources).toContain(theirs.sourceSlug);
  });
});

describe('BookingShake creates', () => {
  it.each(['new_contact_with_quotation', 'existing_contact_two_days'])('creates an event from the contract’s %s example', async (name) => {
    const operation = contract.operations.find((candidate) => candidate.id === 'createEvent')!;
    const body = operation.requestBody.node.content['application/json'].examples[name].value;
    const reply = await api('POST', CREATE, { key, json: body });
    expect(reply.status).toBe(200);
    expect(reply.body.data.event_id).toMatch(/^evt_/);
    expect(reply.body.data.contact_id).toEqual(body.contact_id ?? expect.stringMatching(/^contact_/));
    expect('quotation_id' in reply.body.data).toBe(Array.isArray(body.products));
  });

  it('makes a new event each time the same create is sent', async () => {
    const [first, second] = [await api('POST', CREATE, { key, json: event() }), await api('POST', CREATE, { key, json: event() })];
    expect(first.body.data.event_id).not.toBe(second.body.data.event_id);
  });

  /** A request for every documented create error: the error's code, and what breaks. */
  const documented: [string, { json?: unknown; text?: string }][] = [
    ['empty_body', { text: '' }],
    ['invalid_json', { text: '{"bookings": [' }],
    ['missing_bookings', { json: without(event(), 'bookings') }],
    ['missing_contact', { json: without(event(), 'contact_id') }],
    ['missing_pax', { json: event({ bookings: [without(booking, 'pax')] }) }],
    ['invalid_date_format', { json: event({ bookings: [{ ...booking, date: '2025-03-15' }] }) }],
    ['invalid_start_time_format', { json: event({ bookings: [{ ...booking, startTime: '2:00 PM' }] }) }],
    ['invalid_end_time_format', { json: event({ bookings: [{ ...booking, endTime: '18:00:00' }] }) }],
    ['invalid_space_id', { json: event({ bookings: [{ ...booking, space_id: theirs.spaceId }] }) }],
    ['invalid_source', { json: event({ source_slug: theirs.sourceSlug }) }],
    ['missing_product_title', { json: event({ products: [without(product, 'title')] }) }],
    ['missing_product_quantity', { json: event({ products: [without(product, 'quantity')] }) }],
    ['missing_product_price', { json: event({ products: [without(product, 'price_without_tax')] }) }],
    ['missing_product_vat', { json: event({ products: [without(product, 'vat')] }) }],
    ['vat_out_of_range', { json: event({ products: [{ ...product, vat: 10001 }] }) }],
    ['contact_not_in_venue', { json: event({ contact_id: theirs.contactId }) }],
  ];

  it.each(documented)('answers a create that breaks %s with its status and message', async (name, body) => {
    const reply = await api('POST', CREATE, { key, ...body, contentType: 'application/json' });
    expect([reply.status, reply.body]).toEqual([contract.answer({ code: name }).status, code(name)]);
  });

  it('tests every error the catalog documents for createEvent (authentication, limits and faults in their own files)', () => {
    const createEvent = contract.operations.find((operation) => operation.id === 'createEvent')!;
    const elsewhere = ['missing_authorization', 'invalid_api_key', 'rate_limit_exceeded', 'internal_server_error'];
    expect([...documented.map(([name]) => name), ...elsewhere].sort()).toEqual(codesIn(contract.catalog, createEvent).map(([name]) => name).sort());
  });

  it.each([
    ['an unknown space', { bookings: [{ ...booking, space_id: 'space_nowhere' }] }, 'invalid_space_id'],
    ['an unknown source slug', { source_slug: 'carrier-pigeon' }, 'invalid_source'],
    ["another venue's source ID", { source_id: theirs.sourceId }, 'invalid_source'],
    ['a day that does not exist', { bookings: [{ ...booking, date: '31-02-2025' }] }, 'invalid_date_format'],
  ])('refuses %s with its documented message', async (_case, change, expected) => {
    const reply = await api('POST', CREATE, { key, json: event(change) });
    expect([reply.status, reply.body]).toEqual([400, code(expected)]);
  });

  it("accepts a contact of another venue of the same venue group, and the venue's own source by ID", async () => {
    const reply = await api('POST', CREATE, { key, json: event({ contact_id: 'contact_8b41c2', source_id: mine.sourceId }) });
    expect([reply.status, reply.body.data.contact_id]).toEqual([200, 'contact_8b41c2']);
  });

  it.each([
    ['a contact ID that names no contact', { contact_id: 'contact_nobody' }],
    ['both contact and contact_id', { contact: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' } }],
    ['both source_slug and source_id', { source_slug: mine.sourceSlug, source_id: mine.sourceId }],
    ['pax 0', { bookings: [{ ...booking, pax: '0' }] }],
    ['a contact without an email', { contact_id: undefined, contact: { first_name: 'Ada', last_name: 'Lovelace' } }],
  ])('refuses %s with 400 and a message outside the catalog', async (_case, change) => {
    const reply = await api('POST', CREATE, { key, json: event(change) });
    expect(reply.status).toBe(400);
    expect(Object.values(contract.catalog.codes).map((entry) => entry.message)).not.toContain(reply.body.message);
    expect(reply.body.message).toEqual(expect.any(String));
  });
});
