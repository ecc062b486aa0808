// CampOne with `validate`: a create body the contract refuses is answered on
// the client with CampOne's field-keyed 400 (ValidationError), and never sent.
import { describe, expect, it } from 'vitest';
import { createCampOneClient, HttpError, type components } from '../../../src/campone/index.js';
import { validate } from '../../../src/campone/validate.js';
import { createBookingSafely } from '../../../src/campone/create-booking.js';
import { booking, newBooking } from '../support/bookings.js';
import { rejection } from '../support/calls.js';
import { json, scriptedFetch } from '../support/replies.js';

type BookingCreate = components['schemas']['BookingCreate'];

const BOOKINGS = '/api/v1/public/bookings/';
const REQUIRED = ['site_id', 'check_in_date', 'check_out_date', 'num_adults', 'guest_name', 'guest_email'];

function setup() {
  const fetch = scriptedFetch(json(201, booking));
  const api = createCampOneClient({ apiKey: 'key', fetch, retry: 0, validate });
  // Typed loosely on purpose: the bodies under test are the ones the types would stop.
  return { fetch, api, create: (body: unknown) => api.POST(BOOKINGS, { body: body as BookingCreate }) };
}

describe('a CampOne client created with validate', () => {
  it('refuses an empty create body with field errors naming each required field, without sending it', async () => {
    const { fetch, create } = setup();
    const error = await rejection(create({}).orThrow());
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 400, code: undefined });
    expect((error as HttpError).fieldErrors).toEqual(Object.fromEntries(REQUIRED.map((field) => [field, ['This field is required.']])));
    expect(fetch.requests).toEqual([]);
  });

  it('gives the same refusal as a result with status 400 and the field-keyed body', async () => {
    const { fetch, create } = setup();
    const result = await create({});
    expect(result.status).toBe(400);
    expect(Object.keys(result.error ?? {})).toEqual(REQUIRED);
    expect(fetch.requests).toEqual([]);
  });

  it('keys each rejected value by its field, in the contract’s words (profile.violationMessages), the schema’s limit filled in', async () => {
    const { create } = setup();
    const result = await create({ ...newBooking, check_in_date: '10/07/2026', num_adults: -1, site_id: 0 });
    expect(result).toMatchObject({
      status: 400,
      error: {
        check_in_date: ['Enter a date in the format YYYY-MM-DD.'],
        num_adults: ['Ensure this value is greater than or equal to 0.'],
        site_id: ['Ensure this value is greater than or equal to 1.'],
      },
    });
  });

  it('words a failure the contract does not word plainly, under the field’s key', async () => {
    const { create } = setup();
    const result = await create({ ...newBooking, guest_name: '', surprise: true });
    expect(result).toMatchObject({ status: 400, error: { guest_name: ['must NOT have fewer than 1 characters'], surprise: ['is not allowed'] } });
  });

  it('sends a create without num_children, which has a default', async () => {
    const { fetch, create } = setup();
    const { num_children: _, ...withoutChildren } = newBooking;
    expect((await create(withoutChildren)).status).toBe(201);
    expect(fetch.requests).toHaveLength(1);
  });

  it('puts a problem with the body as a whole under non_field_errors, the key the error schema declares for it', async () => {
    const { create } = setup();
    expect(await create([newBooking])).toMatchObject({ status: 400, error: { non_field_errors: ['must be object'] } });
  });

  it('sends a valid body and returns the created booking', async () => {
    const { fetch, create } = setup();
    expect(await create(newBooking).orThrow()).toEqual(booking);
    expect(fetch.requests).toHaveLength(1);
  });

  it('refuses through createBookingSafely too, before any lookup', async () => {
    const { fetch, api } = setup();
    const error = await rejection(createBookingSafely(api, { ...newBooking, guest_email: 'not an address' }));
    expect(error).toMatchObject({ status: 400, fieldErrors: { guest_email: ['Enter a valid email address.'] } });
    expect(fetch.requests).toEqual([]);
  });
});
