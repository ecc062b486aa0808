// The check that judges every answer the sandbox sends during a run (see
// test/global-setup.ts) must reject what breaks the contract, or that
// promise could not fail.
import { describe, expect, it } from 'vitest';
import { getApi, readBundle } from '../../model/registry.js';
import { operationById } from '../../model/spec.js';
import type { SentAnswer } from '../../sandbox/http/sent.ts';
import { createAnswerCheck } from './support/answer-check.ts';

const check = createAnswerCheck(getApi('campone'));
const spec = readBundle(getApi('campone'));
const getBooking = operationById(spec, 'getBooking')!;
const json = (extra: Record<string, string> = {}) => new Headers({ 'content-type': 'application/json; charset=utf-8', ...extra });
const limited = { 'retry-after': '4', 'x-ratelimit-limit': '120', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767225600' };
const answer = (change: Partial<SentAnswer>): SentAnswer => ({
  api: 'campone',
  operation: getBooking,
  method: 'GET',
  url: '/api/v1/public/bookings/42/',
  status: 404,
  headers: json(),
  text: '{"detail":"not_found"}',
  unexpected: false,
  ...change,
});

describe('the sandbox answer check', () => {
  it('passes an answer the contract documents', () => {
    expect(check.check(answer({}))).toEqual([]);
    expect(check.check(answer({ status: 429, headers: json(limited), text: '{"detail":"slow down"}' }))).toEqual([]);
  });

  it('names the request of an answer with an undocumented status or body', () => {
    expect(check.check(answer({ status: 409 }))).toEqual([expect.stringMatching(/^campone GET \/api\/v1\/public\/bookings\/42\/ → 409: status 409 is not documented/)]);
    expect(check.check(answer({ text: '{"error":"gone"}' })).join()).toMatch(/required property 'detail'/);
  });

  it('checks header values against their schemas, not only that they are there', () => {
    expect(check.check(answer({ status: 429, headers: json({ ...limited, 'x-ratelimit-remaining': '3' }), text: '{"detail":"slow"}' })).join()).toMatch(
      /429: header X-RateLimit-Remaining "3": must be equal to constant/,
    );
    expect(check.check(answer({ status: 401, headers: json({ 'www-authenticate': 'Basic' }), text: '{"detail":"invalid_key"}' })).join()).toMatch(/header WWW-Authenticate/);
  });

  it('judges an answer to an unknown route by the error shapes of its status', () => {
    expect(check.check(answer({ operation: undefined }))).toEqual([]);
    expect(check.check(answer({ operation: undefined, status: 405 })).join()).toMatch(/not an error status of the API's profile/);
    expect(check.check(answer({ operation: undefined, text: '<html>' })).join()).toMatch(/not JSON/);
  });

  it('counts an unexpected fault as a problem, though its 500 is documented', () => {
    expect(check.check(answer({ status: 500, text: '{"detail":"The server hit an unexpected error."}', unexpected: true }))).toEqual([expect.stringMatching(/unexpected fault/)]);
  });
});
