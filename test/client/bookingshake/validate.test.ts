// BookingShake with `validate`: a create-event body the contract refuses is
// answered on the client with the 400 the server documents for that mistake,
// and never sent. The injected fetch records what would have gone out.
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/bookingshake/validate.js';
import { createBookingShakeClient, HttpError, isErrorCode, type components } from '../../../src/bookingshake/index.js';
import { json, scriptedFetch } from '../support/replies.js';
import { rejection } from '../support/calls.js';

type EventCreate = components['schemas']['EventCreate'];

const CREATE = '/api/events/create';
const created = { data: { event_id: 'evt_1', contact_id: 'ct_1' } };

const valid = (): EventCreate => ({
  bookings: [{ date: '15-03-2025', startTime: '14:00', endTime: '18:00', pax: '50' }],
  contact: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' },
  products: [{ title: 'Conference Room Package', quantity: 1, price_without_tax: 50000, vat: 2000 }],
});

/** A valid body changed by `edit`; typed loosely, as bodies built from a form or a file are. */
function bodyWith(edit: (body: any) => void): EventCreate {
  const body: any = valid();
  edit(body);
  return body;
}

function setup() {
  const fetch = scriptedFetch(json(200, created));
  const api = createBookingShakeClient({ apiKey: 'bs_key', fetch, retry: 0, validate });
  return { fetch, api, create: (body: EventCreate) => api.POST(CREATE, { body }) };
}

describe('a BookingShake client created with validate', () => {
  it('refuses an ISO date with invalid_date_format and the documented message, without sending it', async () => {
    const { fetch, create } = setup();
    const error = await rejection(create(bodyWith((body) => (body.bookings[0].date = '2025-03-15'))).orThrow());
    expect(error).toBeInstanceOf(HttpError);
    expect(isErrorCode(error, 'invalid_date_format')).toBe(true);
    expect(error).toMatchObject({ status: 400, code: 'invalid_date_format', body: { message: 'Invalid date format, expected DD-MM-YYYY' } });
    expect(error.message).toBe('400: Invalid date format, expected DD-MM-YYYY (POST https://api.bookingshake.io/api/events/create)');
    expect(fetch.requests).toEqual([]);
  });

  it('gives the same refusal as a result with status 400 and the error body', async () => {
    const { fetch, create } = setup();
    const result = await create(bodyWith((body) => (body.bookings[0].date = '2025-03-15')));
    expect(result.status).toBe(400);
    expect(result.error).toEqual({ message: 'Invalid date format, expected DD-MM-YYYY' });
    expect(fetch.requests).toEqual([]);
  });

  it('refuses a booking without pax with missing_pax', async () => {
    const { fetch, create } = setup();
    const error = await rejection(create(bodyWith((body) => delete body.bookings[0].pax)).orThrow());
    expect(error).toMatchObject({ status: 400, code: 'missing_pax', body: { message: 'Missing required field: pax' } });
    expect(fetch.requests).toEqual([]);
  });

  it('refuses a vat of 10001 basis points with vat_out_of_range', async () => {
    const { fetch, create } = setup();
    const result = await create(bodyWith((body) => (body.products[0].vat = 10001)));
    expect(result).toMatchObject({ status: 400, error: { message: 'VAT must be between 0 and 10000 basis points' } });
    expect(fetch.requests).toEqual([]);
  });

  it('refuses a product without title with missing_product_title', async () => {
    const { create } = setup();
    const error = await rejection(create(bodyWith((body) => delete body.products[0].title)).orThrow());
    expect(error).toMatchObject({ code: 'missing_product_title' });
  });

  it('answers with the code that comes first in the catalog when a body has several documented mistakes', async () => {
    const { create } = setup();
    const body = bodyWith((body) => {
      body.products[0].vat = -1;
      delete body.bookings[0].pax;
    });
    expect(await rejection(create(body).orThrow())).toMatchObject({ code: 'missing_pax' });
  });

  it('refuses a mistake the catalog has no code for with a 400 in the API’s own shape, naming the value', async () => {
    const { fetch, create } = setup();
    const error = await rejection(create(bodyWith((body) => delete body.contact.email)).orThrow());
    expect(error).toMatchObject({ status: 400, code: undefined, body: { message: '/contact/email is required' } });
    expect(fetch.requests).toEqual([]);
  });

  it('sends a valid body unchanged and returns the server’s answer', async () => {
    const { fetch, create } = setup();
    expect(await create(valid()).orThrow()).toEqual(created);
    expect(fetch.requests).toHaveLength(1);
    expect(await fetch.requests[0]!.json()).toEqual(valid());
  });

  it('leaves operations without a body alone', async () => {
    const fetch = scriptedFetch(json(200, { data: [] }));
    const api = createBookingShakeClient({ apiKey: 'bs_key', fetch, retry: 0, validate });
    expect((await api.GET('/api/spaces')).status).toBe(200);
    expect(fetch.requests).toHaveLength(1);
  });
});
