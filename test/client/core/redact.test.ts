import { describe, expect, it } from 'vitest';
import { redactor, redactUrl, redactValue, safeCause } from '../../../src/core/redact.js';

const SECRET = 'sk_live_4f9b2c';
const redact = redactor(SECRET);

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

  it('changes nothing when the client has no key', () => {
    expect(redactValue(`key ${SECRET}`, redactor(undefined))).toBe(`key ${SECRET}`);
  });

  it('returns clean values unchanged', () => {
    const body = { detail: 'not_found' };
    expect(redactValue(body, redact)).toBe(body);
  });
});

describe('safeCause', () => {
  it('keeps a cause that mentions no secret, so its type and stack survive', () => {
    const cause = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
    expect(safeCause(cause, redact)).toBe(cause);
  });

  it('replaces a cause whose message mentions the key with a masked copy', () => {
    const copy = safeCause(new TypeError(`request failed: ${SECRET}`), redact) as Error;
    expect(copy).not.toBeInstanceOf(TypeError);
    expect([copy.name, copy.message]).toEqual(['TypeError', 'request failed: ***']);
    expect(`${copy.stack}`).not.toContain(SECRET);
  });

  it('replaces a cause whose own cause mentions the key, dropping the chain', () => {
    const copy = safeCause(new TypeError('request failed', { cause: new Error(`Authorization: Bearer ${SECRET}`) }), redact) as Error;
    expect(copy.message).toBe('request failed');
    expect(copy.cause).toBeUndefined();
  });

  it('masks a thrown value that is not an Error', () => {
    expect(safeCause(`oops ${SECRET}`, redact)).toBe('oops ***');
  });
});
