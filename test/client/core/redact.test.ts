import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redactHeaders, redactor, redactUrl, redactValue, safeCause } from '../../../src/core/redact.js';

const SECRET = 'sk_live_4f9b2c';
const redact = redactor(SECRET);
/** Everything a logger could print of a value, hidden properties included. */
const printed = (value: unknown) => [inspect(value, { depth: null, showHidden: true }), JSON.stringify(value) ?? ''].join('\n');

describe('redactor', () => {
  it('masks whole occurrences of the key', () => {
    expect(redact(`Bearer ${SECRET}, "${SECRET}", key=${SECRET}.`)).toBe('Bearer ***, "***", key=***.');
  });

  it('leaves a short key alone inside longer words, so texts keep their meaning', () => {
    expect(redactor('k')('Invalid API key for bookings; k is wrong')).toBe('Invalid API key for bookings; *** is wrong');
    expect(redactor('Invalid')('Invalid API key; InvalidKey')).toBe('*** API key; InvalidKey');
    expect(redactor('bookings')('missing_bookings: bookings')).toBe('missing_bookings: ***');
  });

  it('masks the key in its percent-encoded forms, in either case of hex, and beside a percent-escape', () => {
    const key = 'ab/c+d=e';
    const encoded = encodeURIComponent(key);
    const lower = encoded.replace(/%../g, (hex) => hex.toLowerCase());
    const text = `/items/${encoded}/ ${lower} ?q=${key}&auth=Bearer%20${encoded}`;
    const clean = redactor(key)(text);
    expect(clean).not.toContain(encoded);
    expect(clean).not.toContain(key);
    expect(clean).not.toContain(lower);
    expect(clean).toBe('/items/***/ *** ?q=***&auth=Bearer%20***');
  });

  it('changes nothing without a key', () => {
    expect(redactor(undefined)(`key ${SECRET}`)).toBe(`key ${SECRET}`);
  });
});

describe('redactUrl', () => {
  it('keeps the path and the parameter names, masking every query value', () => {
    expect(redactUrl('https://api.example.test/a/?page=2&site_id=7', redact)).toBe('https://api.example.test/a/?page=***&site_id=***');
  });

  it('drops credentials and masks the key wherever it appears', () => {
    expect(redactUrl(`https://user:pw@api.example.test/${SECRET}/?api_key=abc#top`, redact)).toBe('https://api.example.test/***/?api_key=***#top');
  });
});

describe('redactValue', () => {
  it('masks the key inside a parsed body, keeping the rest', () => {
    expect(redactValue({ detail: `key ${SECRET} is revoked`, n: 1 }, redact)).toEqual({ detail: 'key *** is revoked', n: 1 });
  });

  it('masks the key inside a text body, such as an HTML page with quotes', () => {
    expect(redactValue(`<p class="x">key ${SECRET}</p>`, redact)).toBe('<p class="x">key ***</p>');
  });

  it('never masks an object key, nor a string kept as it is (a catalog code or message)', () => {
    const body = { message: 'Invalid API key', data: { message: ['message', 'a message'] } };
    expect(redactValue(body, redactor('message'), new Set(['Invalid API key']))).toEqual({ message: 'Invalid API key', data: { message: ['***', 'a ***'] } });
    expect(redactValue(body, redactor('Invalid'), new Set(['Invalid API key']))).toEqual(body);
  });

  it('changes nothing when the client has no key', () => {
    expect(redactValue({ detail: `key ${SECRET}` }, redactor(undefined))).toEqual({ detail: `key ${SECRET}` });
  });
});

describe('redactHeaders', () => {
  it('masks the key in every header value, keeping the names', () => {
    const clean = redactHeaders(new Headers({ 'x-echo': `Bearer ${SECRET}`, 'x-request-id': 'req-1' }), redact);
    expect(Object.fromEntries(clean)).toEqual({ 'x-echo': 'Bearer ***', 'x-request-id': 'req-1' });
  });
});

describe('safeCause', () => {
  it('copies a cause, keeping its name, message, stack, codes and chain', () => {
    const cause = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', errno: -111 }) });
    const copy = safeCause(cause, redact) as Error & { cause: Error & { code: string; errno: number } };
    expect([copy.name, copy.message, copy.stack]).toEqual(['TypeError', 'fetch failed', cause.stack]);
    expect([copy.cause.message, copy.cause.code, copy.cause.errno]).toEqual(['connect ECONNREFUSED', 'ECONNREFUSED', -111]);
  });

  it('masks the key in every message and stack of the chain', () => {
    const copy = safeCause(new TypeError(`request failed: ${SECRET}`, { cause: new Error(`Authorization: Bearer ${SECRET}`) }), redact) as Error;
    expect(copy.message).toBe('request failed: ***');
    expect((copy.cause as Error).message).toBe('Authorization: Bearer ***');
    expect(printed(copy)).not.toContain(SECRET);
  });

  it('drops what a custom fetch or an HTTP library attaches: a Request, config.headers, a Headers object', () => {
    const request = new Request('https://x.test/', { headers: { authorization: `Bearer ${SECRET}` } });
    const error = Object.assign(new Error('boom'), { request, config: { headers: { Authorization: `Bearer ${SECRET}` } }, headers: request.headers, code: 'E_BOOM' });
    const copy = safeCause(error, redact);
    expect(printed(copy)).not.toContain(SECRET);
    expect(copy).toMatchObject({ message: 'boom', code: 'E_BOOM' });
  });

  it('copies an AggregateError’s errors and a non-Error cause, masked', () => {
    const error = new AggregateError([new Error(`first ${SECRET}`), { headers: { authorization: SECRET }, reason: `second ${SECRET}` }], 'all failed', { cause: `text ${SECRET}` });
    const copy = safeCause(error, redact) as AggregateError;
    expect(printed(copy)).not.toContain(SECRET);
    expect(copy.errors).toMatchObject([{ message: 'first ***' }, { reason: 'second ***' }]);
    expect(copy.cause).toBe('text ***');
  });

  it('masks a thrown text', () => {
    expect(safeCause(`oops ${SECRET}`, redact)).toBe('oops ***');
  });
});
