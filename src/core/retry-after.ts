// Reading how long a server asks a client to wait.
import type { Contract } from './contract.js';
import { dig } from './dig.js';

/** An IMF-fixdate, the one HTTP-date form senders may generate (RFC 9110 §5.6.7) (Date.parse then rejects an unknown month). */
const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/;

/**
 * Milliseconds to wait for a `Retry-After` value: delay-seconds (`120`) or an
 * IMF-fixdate (`Wed, 21 Oct 2015 07:28:00 GMT`), RFC 9110 §10.2.3. A date in
 * the past means "now" (0). Anything else (`1.5`, `abc 5`, `x 2099`) is
 * ignored (undefined), so the caller falls back to its backoff: `Date.parse`
 * would read such texts as dates in any year.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  // No value reads as "null" or "undefined", which is neither form.
  const text = `${value}`.trim();
  if (/^\d+$/.test(text)) return +text * 1000;
  const date = IMF_FIXDATE.test(text) ? Date.parse(text) : NaN;
  return isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Milliseconds from the seconds found at a path (`['data', 'retryAfter']`) in a body: a JSON number (fractions too) or a delay-seconds text. */
export function retryAfterInBody(body: unknown, path: readonly string[]): number | undefined {
  const seconds = dig(body, path);
  if (typeof seconds === 'number') return seconds >= 0 ? Math.ceil(seconds * 1000) : undefined;
  return typeof seconds === 'string' ? parseRetryAfter(seconds) : undefined;
}

/** The wait a response asks for: its `Retry-After` header, else the body where the contract points. */
export function askedWait(headers: Headers, body: unknown, contract: Contract): number | undefined {
  const path = contract.rateLimit?.bodyRetryAfter;
  return parseRetryAfter(headers.get(contract.rateLimit?.retryAfter ?? 'retry-after')) ?? (path ? retryAfterInBody(body, path) : undefined);
}
