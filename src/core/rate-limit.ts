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
    const value = Number((name && headers.get(name)?.trim()) || NaN);
    return value || value === 0 ? value : undefined;
  });
  if (limit === undefined && remaining === undefined && reset === undefined) return undefined;
  return { limit, remaining, reset: reset === undefined ? undefined : new Date(reset >= EPOCH_SECONDS ? reset * 1000 : now + reset * 1000) };
}
