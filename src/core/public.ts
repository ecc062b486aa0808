// What every API entry (booking-contracts/<api>) re-exports from the shared
// core, listed once so the entries differ only in what is theirs.
export { ApiError, NetworkError, TimeoutError, HttpError, isApiError, isNetworkError, isTimeoutError } from './errors.js';
export type { RequestSummary } from './errors.js';
export type { CallOptions, Outcome, OutcomePromise, SuccessData } from './outcome.js';
export type { RateLimit } from './rate-limit.js';
export type { RetryOptions, RetrySetting } from './retry.js';
