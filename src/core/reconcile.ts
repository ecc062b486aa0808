// Creating without idempotency keys: send once; when the answer is lost, look
// the resource up before sending again, so a create that did land is not
// repeated. The API-specific parts (how to send, how to find) are passed in.
import { ApiError, UnknownOutcomeError, type HttpError } from './errors.js';
import { sleep } from './retry.js';

export interface ReconcileOptions {
  /** Creates sent at most, each after a lookup found nothing. Default 2. */
  attempts?: number;
  /** Pause before each lookup, in ms, so a create still being processed can land. Default 1 000. */
  settleMs?: number;
  /** Cancels the procedure between steps and the calls it makes. */
  signal?: AbortSignal;
}

/** The created value, and whether it was found by the lookup rather than returned by the create. */
export type Reconciled<T> = [value: T, reconciled: boolean];

/** A lost answer: the create may or may not have happened. */
export function isLostAnswer(error: unknown): error is ApiError {
  // Timeouts and network errors have no status; an HttpError is lost when it is a 5xx.
  return error instanceof ApiError && !((error as HttpError).status < 500);
}

/**
 * Runs `send`; on a lost answer, waits `settleMs` and runs `find`. Returns what
 * `find` found, else sends again, up to `attempts` sends. A definite error
 * (4xx) is thrown at once; a failed lookup throws UnknownOutcomeError, because
 * sending again could create a duplicate.
 */
export async function reconcile<T>(send: () => Promise<T>, find: () => Promise<T | undefined>, options: ReconcileOptions = {}): Promise<Reconciled<T>> {
  const { attempts = 2, settleMs = 1_000, signal } = options;
  for (let attempt = 1; ; attempt++) {
    let lost: ApiError;
    try {
      return [await send(), false];
    } catch (error) {
      if (!isLostAnswer(error)) throw error;
      lost = error;
    }
    await sleep(settleMs, signal);
    let found: T | undefined;
    try {
      found = await find();
    } catch (error) {
      throw new UnknownOutcomeError(lost, error);
    }
    if (found !== undefined) return [found, true];
    if (attempt >= attempts) throw lost;
  }
}
