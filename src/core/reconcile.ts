// Creating without idempotency keys: send once; when the answer is lost, look
// the resource up until it shows or the settle window ends. Never send again:
// only an API whose contract can say "the first attempt did not land" (an
// idempotency key, a documented not-processed answer) makes that safe, and
// CampOne v1 says nothing of the kind. The API-specific parts (how to send,
// how to find, what counts as the same resource) are passed in.
import { ApiError, HttpError, UnknownOutcomeError } from './errors.js';
import { sleep } from './retry.js';

export interface ReconcileOptions {
  /**
   * How long to keep looking after the create's answer was lost, in ms: long enough for a server
   * that stores the create after it stopped answering. Default 30 000.
   */
  settleMs?: number;
  /** Pause after the first lookup that finds nothing, in ms; doubles after each, up to 5 000. Default 500. */
  lookupBackoffMs?: number;
  /** Cancels the procedure between steps and the calls it makes. */
  signal?: AbortSignal;
}

/** The created value, and whether it was found by the lookup rather than returned by the create. */
export type Reconciled<T> = [value: T, reconciled: boolean];

/** What one lookup listed: the resources that match every field sent, and look-alikes that do not. */
export interface Lookup<T> {
  matches: T[];
  candidates: T[];
}

/**
 * A lost answer: the create may or may not have happened. Timeouts, network
 * errors and 5xx are; so is any status whose body could not be read (HTML from
 * a proxy, an empty or cut-off body), a 2xx included. A 4xx with a JSON object
 * body is the server's definite "no".
 */
export function isLostAnswer(error: unknown): error is ApiError {
  if (!(error instanceof HttpError)) return error instanceof ApiError;
  const { status, body } = error;
  return !(status >= 400 && status < 500 && !!body && typeof body === 'object');
}

/**
 * Runs `send` once. On a lost answer, runs `find` at once and then with
 * backoff until `settleMs` has passed, and resolves with the resource when a
 * lookup lists exactly one that matches. Otherwise (nothing, several, or a
 * failed lookup) rejects with UnknownOutcomeError carrying `sent` and what was
 * found, both through `mask` (the key masked). A definite error is thrown as it is.
 */
export async function reconcile<T>(
  send: () => Promise<T>,
  find: () => Promise<Lookup<T>>,
  sent: unknown,
  options: ReconcileOptions = {},
  mask: <V>(value: V) => V = (value) => value,
): Promise<Reconciled<T>> {
  const { settleMs = 30_000, lookupBackoffMs = 500, signal } = options;
  let lost: ApiError;
  try {
    return [await send(), false];
  } catch (error) {
    if (!isLostAnswer(error)) throw error;
    lost = error;
  }
  const end = Date.now() + settleMs;
  let found: Lookup<T> = { matches: [], candidates: [] };
  let lookup: unknown;
  for (let gap = lookupBackoffMs; ; gap = Math.min(gap * 2, 5_000)) {
    try {
      [found, lookup] = [await find(), undefined];
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      lookup = error;
    }
    if (found.matches.length === 1) return [found.matches[0]!, true];
    // Two bookings each matching every field: claiming either could claim a stranger's.
    if (found.matches.length > 1 || Date.now() >= end) break;
    await sleep(Math.min(gap, end - Date.now()), signal);
  }
  throw new UnknownOutcomeError(lost, { sent: mask(sent), candidates: mask([...found.matches, ...found.candidates]), lookup });
}
