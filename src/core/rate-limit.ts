// The rate-limit headers of a response, parsed. Header names come from the
// API's contract (its `x-error-catalog` profile), so any API that documents
// limit / remaining / reset headers gets the same reading.
import type { Contract } from './contract.js';

export interface RateLimit {
  /** Requests allowed in the current window. */
  readonly limit: number | undefined;
  /** Requests left in the current window. */
  readonly remaining: number | undefined;
  /** When the window resets. */
  readonly reset: Date | undefined;
}

// Reset values below this are seconds from now (the IETF RateLimit draft's
// style); above, Unix time in seconds (both APIs here). No window is 30 years long.
const EPOCH_SECONDS = 1e9;

/** The rate limit a response reports, or undefined when it carries none of the headers. */
export function readRateLimit(headers: Headers, names: Contract['rateLimit'], now: number = Date.now()): RateLimit | undefined {
  const [limit, remaining, reset] = [names?.limit, names?.remaining, names?.reset].map((name) => {
    // An absent or blank header is NaN, not the 0 that Number('') gives.
    const value = +((name && headers.get(name)?.trim()) || NaN);
    return isNaN(value) ? undefined : value;
  });
  if ((limit ?? remaining ?? reset) === undefined) return undefined;
  return { limit, remaining, reset: reset === undefined ? undefined : new Date(reset * 1000 + (reset < EPOCH_SECONDS ? now : 0)) };
}
