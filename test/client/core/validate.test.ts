// How a schema violation becomes the server's answer, with hand-written checks
// in place of ajv's generated ones, on the made-up prose API: nothing here
// depends on CampOne or BookingShake.
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../src/core/client.js';
import { matchesPath, requestValidator, type BodyCheck, type SchemaError } from '../../../src/core/validate.js';
import { proseContract, type ProsePaths } from '../support/prose-api.js';
import { json, scriptedFetch } from '../support/replies.js';

/** A stand-in for an ajv validator that reports `errors` for any body but `{ name: 'ok' }`. */
function fakeAjv(errors: SchemaError[]): BodyCheck['validate'] {
  const validate: BodyCheck['validate'] = (body: unknown): boolean => {
    validate.errors = (body as { name?: string })?.name === 'ok' ? null : errors;
    return validate.errors === null;
  };
  return validate;
}

const missing = (instancePath: string, property: string): SchemaError => ({ instancePath, keyword: 'required', params: { missingProperty: property } });
const tooBig: SchemaError = { instancePath: '/tags/2', keyword: 'maximum', params: { limit: 9 }, message: 'must be <= 9' };

const check = (errors: SchemaError[], extra: Partial<BodyCheck> = {}): BodyCheck => ({
  validate: fakeAjv(errors),
  required: true,
  status: 400,
  codes: [
    ['missing_name', 422, '/name', 'required'],
    ['tag_too_big', 400, '/tags/*', 'maximum'],
  ],
  ...extra,
});

const contract = { ...proseContract, codes: { ...proseContract.codes, missing_name: [422, 'Name is required'], tag_too_big: [400, 'Tags go up to 9'] } } as const;

async function answer(validator: ReturnType<typeof requestValidator>, body: unknown) {
  const refusal = validator('post /items', body);
  if (!refusal) return undefined;
  const response = await refusal();
  return { status: response.status, body: await response.json() };
}

describe('matchesPath', () => {
  it('matches segment by segment, `*` standing for any one segment', () => {
    expect(matchesPath('/bookings/*/date', '/bookings/3/date')).toBe(true);
    expect(matchesPath('/bookings/*/date', '/bookings/3/4/date')).toBe(false);
    expect(matchesPath('/bookings', '/bookings/0')).toBe(false);
    expect(matchesPath('', '')).toBe(true);
  });
});

describe('requestValidator', () => {
  it('answers a violation the catalog names with that code’s message and status', async () => {
    const validator = requestValidator(contract, { 'post /items': check([missing('', 'name')]) });
    expect(await answer(validator, {})).toEqual({ status: 422, body: { message: 'Name is required' } });
  });

  it('prefers the code listed first in the catalog when several match', async () => {
    const validator = requestValidator(contract, { 'post /items': check([tooBig, missing('', 'name')]) });
    expect((await answer(validator, {}))?.body).toEqual({ message: 'Name is required' });
  });

  it('answers any other violation with the check’s status and one message naming the value', async () => {
    const validator = requestValidator(contract, { 'post /items': check([missing('/owner', 'email')]) });
    expect(await answer(validator, {})).toEqual({ status: 400, body: { message: '/owner/email is required' } });
  });

  it('answers with field-keyed messages when the status’s error body is field-keyed', async () => {
    const validator = requestValidator(contract, { 'post /items': check([missing('/owner', 'email'), { ...tooBig, instancePath: '' }], { codes: [], wholeBody: 'general' }) });
    expect((await answer(validator, {}))?.body).toEqual({ owner: ['/email is required'], general: ['must be <= 9'] });
  });

  it('refuses a missing body only when the operation requires one', async () => {
    expect(await answer(requestValidator(contract, { 'post /items': check([], { codes: [] }) }), undefined)).toEqual({ status: 400, body: { message: 'body is required' } });
    expect(requestValidator(contract, { 'post /items': check([], { required: false }) })('post /items', undefined)).toBeUndefined();
  });

  it('lets valid bodies and unchecked operations through', () => {
    const validator = requestValidator(contract, { 'post /items': check([tooBig]) });
    expect(validator('post /items', { name: 'ok' })).toBeUndefined();
    expect(validator('put /items/{id}', {})).toBeUndefined();
  });
});

describe('a client with a validator', () => {
  it('answers a refused call afresh on each attempt when the caller retries 400s, and never sends it', async () => {
    const fetch = scriptedFetch(json(200, { id: 1, name: 'ok' }));
    const validate = requestValidator(contract, { 'put /items/{id}': check([tooBig]) });
    const api = createApiClient<ProsePaths>(contract, { fetch, validate, retry: { statuses: [400], backoffMs: 1 } });
    const result = await api.PUT('/items/{id}', { params: { path: { id: 1 } }, body: { name: 'x' } });
    expect(result).toMatchObject({ status: 400, error: { message: 'Tags go up to 9' } });
    expect(fetch.requests).toEqual([]);
  });
});
