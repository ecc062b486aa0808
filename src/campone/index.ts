// booking-contracts/campone: the typed CampOne client.
//
//   const api = createCampOneClient({ apiKey, timeoutMs: 10_000 });
//   const result = await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } });
//   if (result.status === 404) console.log(result.error.detail); // ErrorDetail
//   const booking = await api.POST('/api/v1/public/bookings/', { body }).orThrow(); // Booking, or throws
//   try { ... } catch (e) { if (isErrorCode(e, 'site_not_found')) ... } // e.status is typed 400
//   const { booking, reconciled } = await api.createBookingSafely(body);
//   for await (const booking of api.items('/api/v1/public/bookings/', { params: { query } })) ...  // every page
//   createCampOneClient({ validate }); // from 'booking-contracts/campone/validate': bad bodies are refused unsent
//
// Everything CampOne-specific comes from generated/campone/ (`npm run generate`).
import { contract, type ErrorCode, type ErrorStatus, type Pages } from '../../generated/campone/contract.js';
import type { components, paths } from '../../generated/campone/schema.js';
import { createApiClient, type ApiClient } from '../core/client.js';
import type { ErrorCodeGuard } from '../core/code-guard.js';
import { isErrorCode as isCode, isHttpError as isHttp, type HttpError } from '../core/errors.js';
import type { ClientOptions } from '../core/options.js';
import { redactor } from '../core/redact.js';
import { createBookingSafely, type SafeCreateOptions, type SafeCreateResult } from './create-booking.js';

export type { components, operations, paths } from '../../generated/campone/schema.js';
export type { ErrorCode, ErrorStatus } from '../../generated/campone/contract.js';
export * from '../core/public.js';
export { UnknownOutcomeError } from '../core/errors.js';
export type { UnknownOutcome } from '../core/errors.js';
export type { ClientOptions as CampOneClientOptions, SafeCreateOptions, SafeCreateResult };

/** An HTTP error from CampOne: `code` is one of the documented codes, when the body carries one. */
export type CampOneHttpError = HttpError<ErrorCode>;

export interface CampOneClient extends ApiClient<paths, Pages> {
  /**
   * Creates a booking without risking a duplicate: sends the create once and,
   * when its answer is lost (timeout, network error, 5xx, a body that cannot be
   * read), looks it up until `settleMs` has passed, accepting only a booking
   * that matches every field sent within the time window. It never sends
   * again: rejects with an ApiError on a definite failure (e.g.
   * `site_not_found`), and with UnknownOutcomeError (what was sent, the
   * look-alikes found) when no lookup finds exactly one match.
   */
  createBookingSafely(body: components['schemas']['BookingCreate'], options?: SafeCreateOptions): Promise<SafeCreateResult>;
}

/** A typed CampOne client. `apiKey` is sent as `Authorization: Bearer`. */
export function createCampOneClient(options: ClientOptions = {}): CampOneClient {
  const api = createApiClient<paths, Pages>(contract, options);
  return Object.assign(api, { createBookingSafely: (body: components['schemas']['BookingCreate'], safe?: SafeCreateOptions) => createBookingSafely(api, body, safe, redactor(options.apiKey)) });
}

/** Whether the error is a CampOne HTTP error. */
export const isHttpError = isHttp as (error: unknown) => error is CampOneHttpError;

/** Whether the error is a CampOne HTTP error carrying this documented code; narrows `code` and `status` (`not_found` → `404`). */
export const isErrorCode = isCode as ErrorCodeGuard<ErrorStatus>;
