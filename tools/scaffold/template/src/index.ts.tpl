// booking-contracts/__NAME__: the typed __TITLE__ client. Everything it knows
// about the API comes from generated/__NAME__/ (`npm run generate`).
import { contract, type ErrorCode, type ErrorStatus } from '../../generated/__NAME__/contract.js';
import type { paths } from '../../generated/__NAME__/schema.js';
import { createApiClient, type ApiClient } from '../core/client.js';
import type { ErrorCodeGuard } from '../core/code-guard.js';
import { isErrorCode as isCode, isHttpError as isHttp, type HttpError } from '../core/errors.js';
import type { ClientOptions } from '../core/options.js';

export type { components, operations, paths } from '../../generated/__NAME__/schema.js';
export type { ErrorCode, ErrorStatus } from '../../generated/__NAME__/contract.js';
export * from '../core/public.js';
export type { ClientOptions as __PASCAL__ClientOptions };

/** An HTTP error from __TITLE__: `code` is one of the documented codes, when the body carries one. */
export type __PASCAL__HttpError = HttpError<ErrorCode>;

export type __PASCAL__Client = ApiClient<paths>;

/** A typed __TITLE__ client. */
export function create__PASCAL__Client(options: ClientOptions = {}): __PASCAL__Client {
  return createApiClient<paths>(contract, options);
}

/** Whether the error is a __TITLE__ HTTP error. */
export const isHttpError = isHttp as (error: unknown) => error is __PASCAL__HttpError;

/** Whether the error is a __TITLE__ HTTP error carrying this documented code; narrows `code` and `status`. */
export const isErrorCode = isCode as ErrorCodeGuard<ErrorStatus>;
