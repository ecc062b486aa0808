// Where Prism cannot follow a contract (test/README.md), shown exactly: the
// closure run and the real-request probes let these answers through, for the
// kind of broken request that causes them, and nothing else like them.
import { describe, expect, inject, it } from 'vitest';
import { getApi, readBundle } from '../../model/registry.js';
import { mockExceptionFor } from './support/mock-exceptions.ts';
import type { PlannedRequest } from '../../tools/conformance/requests.ts';
import { send } from '../../tools/conformance/send.ts';
import { operationsOf } from '../../model/spec.js';

const campOne = readBundle(getApi('campone'));
const bookingShake = readBundle(getApi('bookingshake'));
const operation = (spec: typeof campOne, id: string) => operationsOf(spec).find((op) => op.id === id)!;
const headers = { Authorization: 'Bearer test-key', 'Content-Type': 'application/json' };
const createBooking: PlannedRequest = { operationId: 'createBooking', method: 'POST', path: '/api/v1/public/bookings/', headers };

describe('where the CampOne mock cannot follow its contract', () => {
  const mock = () => inject('mockUrls').campone!;

  it('answers a body that is not JSON with Prism’s own invalid_json error, not the contract’s ErrorDetail', async () => {
    const request = { ...createBooking, body: '{"site_id":', breaks: 'body' as const };
    const answer = await send(mock(), request);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({ error: { code: 'invalid_json', message: 'Invalid JSON' } });
    expect(mockExceptionFor(operation(campOne, 'createBooking'), request, answer)?.id).toBe('prism-invalid-json');
    // The same answer to a request whose body was JSON is not excused.
    expect(mockExceptionFor(operation(campOne, 'createBooking'), { ...request, body: '{}' }, answer)).toBeUndefined();
  });

  it('answers a malformed booking ID with a Prism 422, where the contract promises 404 not_found', async () => {
    const request: PlannedRequest = { operationId: 'getBooking', method: 'GET', path: '/api/v1/public/bookings/abc/', headers, breaks: 'path' };
    const answer = await send(mock(), request);
    expect(answer.status).toBe(422);
    expect(JSON.parse(answer.text).type).toMatch(/UNPROCESSABLE_ENTITY/);
    expect(mockExceptionFor(operation(campOne, 'getBooking'), request, answer)?.id).toBe('prism-no-validation-response');
    expect(mockExceptionFor(operation(campOne, 'getBooking'), { ...request, breaks: undefined }, answer)).toBeUndefined();
  });

  it('does not excuse a 422 on an operation that documents a 400 for invalid input', async () => {
    const request: PlannedRequest = { operationId: 'listBookings', method: 'GET', path: '/api/v1/public/bookings/?page=0', headers, breaks: 'query' };
    const answer = await send(mock(), request);
    expect(answer.status).toBe(400);
    const invented = { ...answer, status: 422, text: '{"type":"https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY"}' };
    expect(mockExceptionFor(operation(campOne, 'listBookings'), request, invented)).toBeUndefined();
  });

  it('answers every invalid create with the same first 400 example, whatever is wrong with it', async () => {
    // Not an exception (the answer is documented and valid), but a limit of the
    // mock: it picks an example, it does not validate like the server.
    const onlyEmailMissing = { site_id: 7, check_in_date: '2026-07-10', check_out_date: '2026-07-14', num_adults: 2, guest_name: 'Ada' };
    const answer = await send(mock(), { ...createBooking, body: JSON.stringify(onlyEmailMissing) });
    expect(answer.status).toBe(400);
    expect(Object.keys(JSON.parse(answer.text))).toEqual(['site_id', 'check_in_date', 'check_out_date', 'num_adults', 'guest_name', 'guest_email']);
  });
});

describe('where the BookingShake mock cannot follow its contract', () => {
  const mock = () => inject('mockUrls').bookingshake!;

  it('answers a request without credentials with Prism’s own 401, where the contract promises 400 missing_authorization', async () => {
    const request: PlannedRequest = { operationId: 'listSources', method: 'GET', path: '/api/sources', headers: {}, breaks: 'auth' };
    const answer = await send(mock(), request);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).toMatch(/problem\+json/);
    expect(mockExceptionFor(operation(bookingShake, 'listSources'), request, answer)?.id).toBe('prism-security-401');
  });

  it('answers a body that is not JSON with Prism’s own invalid_json error, where the contract promises invalid_json', async () => {
    const request: PlannedRequest = { operationId: 'createEvent', method: 'POST', path: '/api/events/create', headers, body: '{"bookings": []', breaks: 'body' };
    const answer = await send(mock(), request);
    expect(JSON.parse(answer.text)).toEqual({ error: { code: 'invalid_json', message: 'Invalid JSON' } });
    expect(mockExceptionFor(operation(bookingShake, 'createEvent'), request, answer)?.id).toBe('prism-invalid-json');
  });

  it('does not excuse a 401 from an API that documents 401 itself', () => {
    const request: PlannedRequest = { operationId: 'listSites', method: 'GET', path: '/api/v1/public/sites/', headers: {}, breaks: 'auth' };
    const answer = { status: 401, headers: new Headers({ 'Content-Type': 'application/problem+json' }), text: '{}' };
    expect(mockExceptionFor(operation(campOne, 'listSites'), request, answer)).toBeUndefined();
  });
});
