// Type tests: `tsc --noEmit -p .` checks this file (the expectTypeOf calls and
// every @ts-expect-error); vitest runs the few runtime lines. The calls sit in
// a function that is never invoked, so nothing is sent.
import type { Readable } from 'openapi-typescript-helpers';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createCampOneClient,
  isErrorCode,
  isHttpError,
  type CampOneClient,
  type CampOneHttpError,
  type components,
  type ErrorCode,
} from '../../src/campone/index.js';
import { isErrorCode as isBookingShakeCode } from '../../src/bookingshake/index.js';
import { createBookingSafely } from '../../src/campone/create-booking.js';
import { items } from '../../src/campone/pages.js';

type Booking = components['schemas']['Booking'];
type ErrorDetail = components['schemas']['ErrorDetail'];
type BookingCreate = components['schemas']['BookingCreate'];
type FieldErrors<Field extends string> = { [Key in Field]?: string[] };
declare const body: BookingCreate;

async function usages(api: CampOneClient) {
  const result = await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } });
  expectTypeOf(result.status).toEqualTypeOf<200 | 401 | 403 | 404 | 429 | 500>();
  if (result.status === 200) {
    expectTypeOf(result.data).toEqualTypeOf<Booking>();
    expectTypeOf(result.error).toEqualTypeOf<undefined>();
  }
  if (result.status === 404) {
    expectTypeOf(result.error).toEqualTypeOf<ErrorDetail>();
    expectTypeOf(result.data).toEqualTypeOf<undefined>();
  }
  if (result.error) expectTypeOf(result.status).toEqualTypeOf<401 | 403 | 404 | 429 | 500>();
  // @ts-expect-error getBooking documents no 400, so the narrowing is refused
  if (result.status === 400) return;

  const createResult = await api.POST('/api/v1/public/bookings/', { body });
  if (createResult.status === 201) expectTypeOf(createResult.data).toEqualTypeOf<Booking>();
  if (createResult.status === 400) {
    // The field-keyed body is keyed by the create's own fields and the whole-request key, not by any string.
    expectTypeOf(createResult.error).toEqualTypeOf<FieldErrors<keyof BookingCreate | 'non_field_errors'> | ErrorDetail>();
    if ('detail' in createResult.error) expectTypeOf(createResult.error.detail).toEqualTypeOf<string>();
    else expectTypeOf(createResult.error.num_children).toEqualTypeOf<string[] | undefined>();
  }
  const listResult = await api.GET('/api/v1/public/bookings/', { params: { query: { page_size: 500 } } });
  if (listResult.status === 400) {
    if ('detail' in listResult.error) expectTypeOf(listResult.error).toEqualTypeOf<ErrorDetail>();
    else expectTypeOf(listResult.error.page_size).toEqualTypeOf<string[] | undefined>();
  }

  expectTypeOf(await api.GET('/api/v1/public/sites/').orThrow()).toEqualTypeOf<Readable<components['schemas']['SitePage']>>();
  expectTypeOf(await api.POST('/api/v1/public/bookings/', { body, timeoutMs: 5_000 }).orThrow()).toEqualTypeOf<Booking>();
  expectTypeOf(createBookingSafely(api, body)).resolves.toEqualTypeOf<{ booking: Booking; reconciled: boolean }>();
  expectTypeOf(api.rateLimit).toEqualTypeOf<{ readonly limit: number | undefined; readonly remaining: number | undefined; readonly reset: Date | undefined } | undefined>();

  for await (const item of items(api, '/api/v1/public/bookings/', { params: { query: { site_id: 7 } }, timeoutMs: 5_000 })) expectTypeOf(item).toEqualTypeOf<Booking>();
  for await (const site of items(api, '/api/v1/public/sites/')) expectTypeOf(site).toEqualTypeOf<components['schemas']['Site']>();
  // @ts-expect-error a detail endpoint is not a paginated list
  items(api, '/api/v1/public/bookings/{id}/', { params: { path: { id: 1 } } });
  // @ts-expect-error a query filter the list does not have
  items(api, '/api/v1/public/bookings/', { params: { query: { guest: 'ada' } } });

  // @ts-expect-error a path the spec does not have
  await api.GET('/api/v1/public/booking/');
  // @ts-expect-error a method the path does not have
  await api.DELETE('/api/v1/public/bookings/{id}/', { params: { path: { id: 1 } } });
  // @ts-expect-error a body of the wrong shape
  await api.POST('/api/v1/public/bookings/', { body: { site_id: '7' } });
  // @ts-expect-error a path parameter of the wrong type
  await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: '42' } } });
  // @ts-expect-error a query filter the list does not have
  await api.GET('/api/v1/public/bookings/', { params: { query: { guest: 'ada' } } });
  // @ts-expect-error retry takes a number or options
  await api.GET('/api/v1/public/sites/', { retry: 'twice' });
}

describe('types', () => {
  it('take options without requiring any', () => {
    expectTypeOf(createCampOneClient).parameter(0).toEqualTypeOf<Parameters<typeof createCampOneClient>[0]>();
    expectTypeOf(usages).toBeFunction();
  });

  it('make a request field with a default optional in the create, and keep it required in the stored booking', () => {
    const withoutChildren = { site_id: 7, check_in_date: '2026-07-10', check_out_date: '2026-07-14', num_adults: 2, guest_name: 'Ada', guest_email: 'ada@example.com' };
    expectTypeOf(withoutChildren).toExtend<BookingCreate>();
    expectTypeOf<BookingCreate['num_children']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Booking['num_children']>().toEqualTypeOf<number>();
    expectTypeOf(createBookingSafely).toBeCallableWith(createCampOneClient(), withoutChildren);
  });

  it('type the error code as the union generated from x-error-catalog', () => {
    expectTypeOf<ErrorCode>().toEqualTypeOf<'invalid_key' | 'key_inactive' | 'site_not_found' | 'not_found'>();
    expectTypeOf<CampOneHttpError['code']>().toEqualTypeOf<ErrorCode | undefined>();
  });

  it('narrow an unknown error with the guards', () => {
    const error: unknown = undefined;
    if (isErrorCode(error, 'site_not_found')) expectTypeOf(error.code).toEqualTypeOf<'site_not_found'>();
    // The status comes with the code, from the generated code → status map.
    if (isErrorCode(error, 'not_found')) expectTypeOf(error.status).toEqualTypeOf<404>();
    if (isErrorCode(error, 'key_inactive')) expectTypeOf(error).toExtend<{ status: 401; code: 'key_inactive' }>();
    if (isBookingShakeCode(error, 'contact_not_in_venue')) expectTypeOf(error.status).toEqualTypeOf<403>();
    if (isHttpError(error)) expectTypeOf(error.code).toEqualTypeOf<ErrorCode | undefined>();
    // @ts-expect-error not a documented code
    isErrorCode(error, 'site_missing');
  });
});
