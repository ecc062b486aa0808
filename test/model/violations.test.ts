// What model/ adds for the sandbox, read from the real contracts: schema
// failures as violations of the values at fault, the catalog code that
// answers them, the field-keyed shape's whole-request key, the rate-limit
// headers by role, and where each parameter sits.
import { describe, expect, it } from 'vitest';
import { createSchemaValidator, violationsOf } from '../../model/ajv.js';
import { catalogOf, codeForViolations, rateLimitHeaders, violationMessage, violationPathMatches, wholeRequestKey } from '../../model/catalog.js';
import { valueAt } from '../../model/pointer.js';
import { getApi, listApis, readBundle } from '../../model/registry.js';
import { messagePattern } from '../support/violation-messages.ts';
import { fillPath, jsonMediaType, namedExamplesOf, operationById, operationsOf } from '../../model/spec.js';

const bookingShake = readBundle(getApi('bookingshake'));
const campOne = readBundle(getApi('campone'));
const createEvent = operationById(bookingShake, 'createEvent')!;

describe('violations and the codes that answer them', () => {
  const validate = createSchemaValidator(bookingShake).compiled('#/components/schemas/EventCreate');
  const found = (body: unknown) => (validate(body) ? [] : violationsOf(validate.errors));

  it('names a missing property by its own path, and keeps the failing keyword', () => {
    expect(found({ bookings: [{}], contact_id: 'c' })).toContainEqual(expect.objectContaining({ at: '/bookings/0/pax', keyword: 'required' }));
    expect(found({ bookings: [{ pax: 1, date: '2025-03-15' }], contact_id: 'c' })).toContainEqual(expect.objectContaining({ at: '/bookings/0/date', keyword: 'pattern' }));
  });

  it('matches `*` to any one segment, and only one', () => {
    expect(violationPathMatches('/bookings/*/pax', '/bookings/12/pax')).toBe(true);
    expect(violationPathMatches('/bookings/*/pax', '/bookings/pax')).toBe(false);
    expect(violationPathMatches('', '')).toBe(true);
  });

  it('finds the first catalog code, in catalog order, whose violations match', () => {
    const catalog = catalogOf(bookingShake)!;
    expect(codeForViolations(catalog, createEvent, found({ contact_id: 'c' }))).toBe('missing_bookings');
    expect(codeForViolations(catalog, createEvent, found({ bookings: [{ pax: 1, endTime: '18:00:00' }], contact_id: 'c' }))).toBe('invalid_end_time_format');
    expect(codeForViolations(catalog, createEvent, [{ at: '', keyword: 'required' }])).toBe('empty_body');
    // A contact without an email: no code for that.
    expect(codeForViolations(catalog, createEvent, found({ bookings: [{ pax: 1 }], contact: { first_name: 'A', last_name: 'B' } }))).toBeUndefined();
    // Codes of another operation do not answer.
    expect(codeForViolations(catalog, operationById(bookingShake, 'listSources')!, [{ at: '', keyword: 'required' }])).toBeUndefined();
  });
});

describe('error shapes and headers from the profile', () => {
  it('gives the whole-request key of a field-keyed status, and none for a status whose body is one message', () => {
    expect(wholeRequestKey(campOne, catalogOf(campOne)!, '400')).toBe('non_field_errors');
    expect(wholeRequestKey(campOne, catalogOf(campOne)!, '404')).toBeUndefined();
    expect(wholeRequestKey(bookingShake, catalogOf(bookingShake)!, '400')).toBeUndefined();
  });

  it('gives each rate-limit header its role, and the path of the wait in a 429 body', () => {
    expect(rateLimitHeaders(catalogOf(bookingShake)!)).toEqual({
      retryAfter: 'Retry-After',
      limit: 'X-RateLimit-Limit',
      remaining: 'X-RateLimit-Remaining',
      reset: 'X-RateLimit-Reset',
      bodyRetryAfter: ['data', 'retryAfter'],
    });
  });
});

describe('operations', () => {
  it('say where each parameter sits, so its schema can be addressed by pointer', () => {
    const getBooking = operationById(campOne, 'getBooking')!;
    const at = getBooking.parameterAt[getBooking.parameters.findIndex((parameter) => parameter.name === 'id')]!;
    expect(at).toEqual(['components', 'parameters', 'BookingId']);
    expect(valueAt(campOne, [...at, 'schema'])).toEqual({ type: 'integer', minimum: 1 });
    const listBookings = operationById(campOne, 'listBookings')!;
    expect(listBookings.parameterAt[listBookings.parameters.findIndex((parameter) => parameter.name === 'site_id')]).toEqual([
      'paths',
      '/api/v1/public/bookings/',
      'get',
      'parameters',
      2,
    ]);
  });

  it('fill a path template, each value URL-encoded', () => {
    expect(fillPath('/bookings/{id}/', { id: 'a b/c' })).toBe('/bookings/a%20b%2Fc/');
  });
});

describe('the messages of refused fields', () => {
  const catalog = catalogOf(campOne)!;

  it('are the catalog’s, with the schema’s limit in place of {limit}', () => {
    expect(violationMessage(catalog, { keyword: 'required', params: { missingProperty: 'site_id' } })).toBe('This field is required.');
    expect(violationMessage(catalog, { keyword: 'maximum', params: { limit: 100, comparison: '<=' } })).toBe('Ensure this value is less than or equal to 100.');
  });

  it('take the entry for one format before the keyword’s, and are undefined where the catalog words nothing', () => {
    expect(violationMessage(catalog, { keyword: 'format', params: { format: 'email' } })).toBe('Enter a valid email address.');
    expect(violationMessage(catalog, { keyword: 'format', params: { format: 'uri' } })).toBeUndefined();
    expect(violationMessage(catalogOf(bookingShake)!, { keyword: 'required', params: {} })).toBeUndefined();
  });
});

// Every API whose catalog words its field errors: each message of its field-keyed examples is one of them.
const wording = listApis().flatMap((api) => {
  const spec = readBundle(api);
  const catalog = catalogOf(spec)!;
  const whole = wholeRequestKey(spec, catalog, '400');
  return catalog.profile.violationMessages && whole ? [{ name: api.name, spec, whole, templates: Object.values(catalog.profile.violationMessages).map(messagePattern) }] : [];
});

it('the check of field-keyed examples below has at least one API to hold to its wording', () => {
  // Without this, a catalog that lost its violationMessages would make the check below disappear, not fail.
  expect(wording.map((entry) => entry.name)).not.toEqual([]);
});

describe.each(wording)('the field-keyed examples of $name', ({ spec, whole, templates }) => {
  const fieldMessages = operationsOf(spec).flatMap((op) =>
    namedExamplesOf(spec, jsonMediaType(op.responses.get('400')))
      .filter((example) => Object.values(example.value as object).every(Array.isArray))
      .flatMap((example) => Object.entries(example.value as Record<string, string[]>).filter(([field]) => field !== whole).flatMap(([, messages]) => messages)),
  );

  it('word every field message, body and query alike, as one of profile.violationMessages', () => {
    expect(fieldMessages.length).toBeGreaterThan(0);
    expect(fieldMessages.filter((message) => !templates.some((template) => template.test(message)))).toEqual([]);
  });
});
