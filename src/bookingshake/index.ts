// booking-contracts/bookingshake: the typed BookingShake client. Everything it
// does differently from CampOne (400 for auth failures, prose messages matched
// to catalog keys, the 429 body's retryAfter) comes from the generated contract.
import { contract, type ErrorCode, type ErrorStatus } from '../../generated/bookingshake/contract.js';
import type { paths } from '../../generated/bookingshake/schema.js';
import { createApiClient, type ApiClient } from '../core/client.js';
import type { ErrorCodeGuard } from '../core/code-guard.js';
import { isErrorCode as isCode, isHttpError as isHttp, type HttpError } from '../core/errors.js';
import type { ClientOptions } from '../core/options.js';

export type { components, operations, paths } from '../../generated/bookingshake/schema.js';
export type { ErrorCode, ErrorStatus } from '../../generated/bookingshake/contract.js';
export * from '../core/public.js';
export type { ClientOptions as BookingShakeClientOptions };

/** An HTTP error from BookingShake: `code` is the catalog key whose documented message the body carries. */
export type BookingShakeHttpError = HttpError<ErrorCode>;

export type BookingShakeClient = ApiClient<paths>;

/** A typed BookingShake client. `apiKey` is sent as `Authorization: Bearer`. */
export function createBookingShakeClient(options: ClientOptions = {}): BookingShakeClient {
  return createApiClient<paths>(contract, options);
}

/** Whether the error is a BookingShake HTTP error. */
export const isHttpError = isHttp as (error: unknown) => error is BookingShakeHttpError;

/** Whether the error is a BookingShake HTTP error whose message is this catalog entry's; narrows `code` and `status`. */
export const isErrorCode = isCode as ErrorCodeGuard<ErrorStatus>;
