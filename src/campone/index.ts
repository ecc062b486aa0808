// booking-contracts/campone: the typed CampOne client.
//
//   const api = createCampOneClient({ apiKey, timeoutMs: 10_000 });
//   const result = await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } });
//   if (result.status === 404) console.log(result.error.detail); // ErrorDetail
//   const booking = await api.POST('/api/v1/public/bookings/', { body }).orThrow(); // Booking, or throws
//   try { ... } catch (e) { if (isErrorCode(e, 'site_not_found')) ... } // e.status is typed 400
//   for await (const booking of items(api, '/api/v1/public/bookings/', { params: { query } })) ... // from 'booking-contracts/campone/pages': every page
//   await createBookingSafely(api, body); // from 'booking-contracts/campone/create-booking': never a duplicate
//   createCampOneClient({ validate }); // from 'booking-contracts/campone/validate': bad bodies are refused unsent
//
// Everything CampOne-specific comes from generated/campone/ (`npm run generate`).
import { contract, type ErrorCode, type ErrorStatus } from '../../generated/campone/contract.js';
import type { paths } from '../../generated/campone/schema.js';
import { createApiClient, type ApiClient } from '../core/client.js';
import type { ErrorCodeGuard } from '../core/code-guard.js';
import { isErrorCode as isCode, isHttpError as isHttp, type HttpError } from '../core/errors.js';
import type { ClientOptions } from '../core/options.js';

export type { components, operations, paths } from '../../generated/campone/schema.js';
export type { ErrorCode, ErrorStatus } from '../../generated/campone/contract.js';
export * from '../core/public.js';
export type { ClientOptions as CampOneClientOptions };

/** An HTTP error from CampOne: `code` is one of the documented codes, when the body carries one. */
export type CampOneHttpError = HttpError<ErrorCode>;

/** A typed CampOne client; `createBookingSafely(api, body)` is in `booking-contracts/campone/create-booking`. */
export type CampOneClient = ApiClient<paths>;

/** A typed CampOne client. `apiKey` is sent as `Authorization: Bearer`. */
export function createCampOneClient(options: ClientOptions = {}): CampOneClient {
  return createApiClient<paths>(contract, options);
}

/** Whether the error is a CampOne HTTP error. */
export const isHttpError = isHttp as (error: unknown) => error is CampOneHttpError;

/** Whether the error is a CampOne HTTP error carrying this documented code; narrows `code` and `status` (`not_found` → `404`). */
export const isErrorCode = isCode as ErrorCodeGuard<ErrorStatus>;
