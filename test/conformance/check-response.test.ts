// The response checker that judges mock and closure answers: it must reject
// what breaks the contract, or the closure run could not fail.
import { describe, expect, it } from 'vitest';
import { getApi, readBundle } from '../../model/registry.js';
import { createResponseChecker } from '../../tools/conformance/check-response.ts';
import { operationsOf } from '../../model/spec.js';

const spec = readBundle(getApi('campone'));
const checker = createResponseChecker(spec);
const getBooking = operationsOf(spec).find((op) => op.id === 'getBooking')!;
const listSites = operationsOf(spec).find((op) => op.id === 'listSites')!;
const json = (extra: Record<string, string> = {}) => new Headers({ 'Content-Type': 'application/json', ...extra });
const rate = { 'Retry-After': '3', 'X-RateLimit-Limit': '1', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '9' };

describe('the response checker', () => {
  it('accepts a documented status with a body of the documented shape', () => {
    expect(checker.check(getBooking, { status: 404, headers: json(), text: '{"detail":"not_found"}' })).toEqual([]);
  });

  it('rejects a status the operation does not document', () => {
    expect(checker.check(getBooking, { status: 409, headers: json(), text: '{"detail":"x"}' })).toEqual([
      expect.stringMatching(/^status 409 is not documented/),
    ]);
  });

  it('rejects a body of the wrong shape, a body that is not JSON, and a wrong content type', () => {
    expect(checker.check(getBooking, { status: 404, headers: json(), text: '{"error":"gone"}' }).join()).toMatch(/required property 'detail'/);
    expect(checker.check(getBooking, { status: 500, headers: json(), text: '<html>' })).toEqual([expect.stringMatching(/not JSON/)]);
    expect(checker.check(getBooking, { status: 500, headers: new Headers({ 'Content-Type': 'text/html' }), text: '<html>' })).toEqual([
      expect.stringMatching(/content type is "text\/html"/),
    ]);
  });

  it('rejects a 429 without its required rate-limit headers', () => {
    const body = '{"detail":"slow down"}';
    expect(checker.check(listSites, { status: 429, headers: json(rate), text: body })).toEqual([]);
    const { 'Retry-After': _gone, ...withoutRetryAfter } = rate;
    expect(checker.check(listSites, { status: 429, headers: json(withoutRetryAfter), text: body })).toEqual(['429: required header Retry-After is missing']);
  });

  it('rejects a header whose value breaks its schema, reading numbers from the header text', () => {
    const body = '{"detail":"slow down"}';
    const problems = checker.check(listSites, { status: 429, headers: json({ ...rate, 'X-RateLimit-Remaining': 'lots' }), text: body });
    expect(problems).toContain('429: header X-RateLimit-Remaining "lots": must be integer');
    expect(problems.every((problem) => problem.startsWith('429: header X-RateLimit-Remaining "lots": '))).toBe(true);
  });

  it('accepts only a content type the response declares, whatever its parameters', () => {
    const notFound = '{"detail":"not_found"}';
    expect(checker.check(getBooking, { status: 404, headers: new Headers({ 'Content-Type': 'application/json; charset=utf-8' }), text: notFound })).toEqual([]);
    expect(checker.check(getBooking, { status: 404, headers: new Headers({ 'Content-Type': 'application/problem+json' }), text: notFound })).toEqual([
      '404: content type is "application/problem+json", not application/json',
    ]);
  });
});
