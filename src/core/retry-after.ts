// Reading how long a server asks a client to wait.
import type { Contract } from './contract.js';
import { dig } from './dig.js';

/**
 * Milliseconds to wait for a `Retry-After` value: delay-seconds (`120`) or an
 * HTTP-date (`Wed, 21 Oct 2015 07:28:00 GMT`, RFC 9110 §10.2.3). A date in the
 * past means "now" (0). Anything else is ignored (undefined).
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  // No value reads as "null" or "undefined", which is no date either.
  const text = `${value}`.trim();
  // Whole seconds per the RFC; fractions are tolerated because some servers send them.
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(+text * 1000);
  // Date.parse also accepts bare numbers such as "-1"; a real HTTP-date has letters.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Milliseconds from the seconds found at a path (`['data', 'retryAfter']`) in a body. */
export function retryAfterInBody(body: unknown, path: readonly string[]): number | undefined {
  const seconds = dig(body, path);
  return typeof seconds === 'number' || typeof seconds === 'string' ? parseRetryAfter(`${seconds}`) : undefined;
}

/** The wait a response asks for: its `Retry-After` header, else the body where the contract points. */
export function askedWait(headers: Headers, body: unknown, contract: Contract): number | undefined {
  const path = contract.rateLimit?.bodyRetryAfter;
  return parseRetryAfter(headers.get(contract.rateLimit?.retryAfter ?? 'retry-after')) ?? (path ? retryAfterInBody(body, path) : undefined);
}
