// The two places where Prism cannot follow a contract (test/README.md), shown
// exactly: the closure run lets these answers through and nothing else like them.
import { describe, expect, inject, it } from 'vitest';
import { getApi } from '../../scripts/lib/apis.ts';
import { mockExceptionFor } from '../../scripts/lib/conformance/mock-exceptions.ts';
import { send } from '../../scripts/lib/conformance/send.ts';
import { listOperations, loadBundle } from '../../scripts/lib/spec.ts';

const spec = loadBundle(getApi('campone'));
const bookingShake = loadBundle(getApi('bookingshake'));
const baseUrl = inject('mockUrls').campone!;
const operation = (id: string) => listOperations(spec).find((op) => op.operationId === id)!;
const headers = { Authorization: 'Bearer test-key', 'Content-Type': 'application/json' };

describe('where the CampOne mock cannot follow its contract', () => {
  it('answers a body that is not JSON with Prism’s own invalid_json error, not the contract’s ErrorDetail', async () => {
    const answer = await send(baseUrl, { operationId: 'createBooking', method: 'POST', path: '/api/v1/public/bookings/', headers, body: '{"site_id":' });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({ error: { code: 'invalid_json', message: 'Invalid JSON' } });
    expect(mockExceptionFor(operation('createBooking'), answer)?.id).toBe('prism-invalid-json');
  });

  it('answers a malformed booking ID with a Prism 422, where the contract promises 404 not_found', async () => {
    const answer = await send(baseUrl, { operationId: 'getBooking', method: 'GET', path: '/api/v1/public/bookings/abc/', headers });
    expect(answer.status).toBe(422);
    expect(JSON.parse(answer.text).type).toMatch(/UNPROCESSABLE_ENTITY/);
    expect(mockExceptionFor(operation('getBooking'), answer)?.id).toBe('prism-no-validation-response');
  });

  it('does not excuse a 422 on an operation that documents a 400 for invalid input', async () => {
    const answer = await send(baseUrl, { operationId: 'listBookings', method: 'GET', path: '/api/v1/public/bookings/?page=0', headers });
    expect(answer.status).toBe(400);
    expect(mockExceptionFor(operation('listBookings'), answer)).toBeUndefined();
    expect(mockExceptionFor(operation('listBookings'), { ...answer, status: 422, text: '{"type":"https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY"}' })).toBeUndefined();
  });
});

describe('where the BookingShake mock cannot follow its contract', () => {
  it('answers a request without credentials with Prism’s own 401, where the contract promises 400 missing_authorization', async () => {
    const answer = await send(inject('mockUrls').bookingshake!, { operationId: 'listSources', method: 'GET', path: '/api/sources', headers: {} });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).toMatch(/problem\+json/);
    const listSources = listOperations(bookingShake).find((op) => op.operationId === 'listSources')!;
    expect(mockExceptionFor(listSources, answer)?.id).toBe('prism-security-401');
  });

  it('does not excuse a 401 from an API that documents 401 itself', () => {
    const answer = { status: 401, headers: new Headers({ 'Content-Type': 'application/problem+json' }), text: '{}' };
    expect(mockExceptionFor(operation('listSites'), answer)).toBeUndefined();
  });
});
