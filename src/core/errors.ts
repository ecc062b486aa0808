// One error family for everything a call can fail with. Each error names the
// request (method and redacted URL) in its message, serialises to a safe
// summary, and never holds the Request itself: a Request carries the
// Authorization header, and loggers print what they find.
import type { RateLimit } from './rate-limit.js';

/** The request an error is about: its method and URL, with secrets removed. */
export interface RequestSummary {
  readonly method: string;
  readonly url: string;
}

export class ApiError extends Error {
  override name = 'ApiError';
  declare readonly request: RequestSummary;

  constructor(message: string, request: RequestSummary, options?: ErrorOptions) {
    super(`${message} (${request.method} ${request.url})`, options);
    this.request = request;
  }

  /** What `JSON.stringify` shows: the enumerable fields, which hold no secret. */
  toJSON(): Record<string, unknown> {
    return { ...this, message: this.message } as unknown as Record<string, unknown>;
  }
}

export interface HttpErrorDetails<Code extends string> {
  status: number;
  /** The parsed body, or its text when it is not JSON; secrets masked. */
  body: unknown;
  code: Code | undefined;
  fieldErrors: Record<string, string[]> | undefined;
  rateLimit: RateLimit | undefined;
  /** How long the server asked to wait, from `Retry-After` or the body. */
  retryAfterMs: number | undefined;
  /** What went wrong, from the body's code field or field errors, or why the body is unusable. */
  detail: string;
  response: Response;
}

/** The server answered with an error status. */
export class HttpError<Code extends string = string> extends ApiError {
  override name = 'HttpError';
  declare readonly status: number;
  /** A documented error code, when the body carries one. */
  declare readonly code: Code | undefined;
  /** Field-keyed validation messages, when the body has that shape. */
  declare readonly fieldErrors: Record<string, string[]> | undefined;
  declare readonly rateLimit: RateLimit | undefined;
  declare readonly retryAfterMs: number | undefined;
  declare readonly body: unknown;
  /**
   * The response's status and headers, without its body (already read) or its URL: a URL can
   * carry a key in its query, and a hidden property still shows in `inspect(e, { showHidden })`.
   * Not enumerable, so logs and JSON stay short.
   */
  declare readonly response: Response;

  constructor({ detail, response, ...fields }: HttpErrorDetails<Code>, request: RequestSummary) {
    super(`${fields.status}: ${detail}`, request);
    Object.assign(this, fields);
    // A Response reads as its own ResponseInit (status, statusText, headers); the copy's URL is empty.
    // A status-0 response (a browser's opaque redirect) cannot be copied, and the copy would hold nothing.
    Object.defineProperty(this, 'response', { value: response.status ? new Response(null, response) : response });
  }
}

/** No response: the connection failed or the body could not be read. */
export class NetworkError extends ApiError {
  override name = 'NetworkError';
}

/** No response within the timeout. Named like the DOM's own timeout error. */
export class TimeoutError extends ApiError {
  override name = 'TimeoutError';
  declare readonly timeoutMs: number;

  constructor(timeoutMs: number, request: RequestSummary) {
    super(`no response within ${timeoutMs} ms`, request);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A create's answer was lost and the lookup that should have settled it failed
 * too: the resource may or may not exist. `cause` is the create's error,
 * `lookup` the lookup's.
 */
export class UnknownOutcomeError extends ApiError {
  override name = 'UnknownOutcomeError';
  declare readonly lookup: unknown;

  constructor(create: ApiError, lookup: unknown) {
    super('outcome unknown: answer lost, lookup failed', create.request, { cause: create });
    this.lookup = lookup;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export const isHttpError = (error: unknown): error is HttpError => error instanceof HttpError;

export const isNetworkError = (error: unknown): error is NetworkError => error instanceof NetworkError;

export const isTimeoutError = (error: unknown): error is TimeoutError => error instanceof TimeoutError;

/** Whether the error is an HTTP error carrying this documented code. */
export const isErrorCode = <Code extends string>(error: unknown, code: Code): error is HttpError<Code> & { readonly code: Code } =>
  error instanceof HttpError && error.code === code;
