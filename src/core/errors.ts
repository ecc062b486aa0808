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
   * The response's status and headers, without its body (already read) or its URL (a URL can
   * carry a key in its query), with the key masked in the headers: a copy made by error-body.ts,
   * because a hidden property still shows in `inspect(e, { showHidden })`. Not enumerable, so
   * logs and JSON stay short.
   */
  declare readonly response: Response;

  constructor({ detail, response, ...fields }: HttpErrorDetails<Code>, request: RequestSummary) {
    super(`${fields.status}: ${detail}`, request);
    Object.assign(this, fields);
    Object.defineProperty(this, 'response', { value: response });
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

/** What the lookups after a lost answer saw, for the caller to decide on. */
export interface UnknownOutcome {
  /** The body the create sent, with the key masked. */
  sent: unknown;
  /**
   * What the lookups listed that looks like the create (the same lookup filters) but does not
   * match every field or the time window, or several bookings that each match: one may be it.
   */
  candidates: unknown[];
  /** The last lookup's error, when it failed. */
  lookup?: unknown;
}

/**
 * A create's answer was lost (no answer, a 5xx, a body that could not be read)
 * and no lookup within the settle window found the one resource it created: it
 * may or may not exist, and sending it again could make a duplicate. `cause`
 * is the create's error; `sent`, `candidates` and `lookup` say what is known.
 */
export class UnknownOutcomeError extends ApiError implements UnknownOutcome {
  override name = 'UnknownOutcomeError';
  declare readonly sent: unknown;
  declare readonly candidates: unknown[];
  declare readonly lookup: unknown;

  constructor(create: ApiError, outcome: UnknownOutcome) {
    super(`outcome unknown: ${outcome.lookup ? 'lookup failed' : `${outcome.candidates.length} candidates, no single match`}; not sent again`, create.request, { cause: create });
    Object.assign(this, outcome);
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export const isHttpError = (error: unknown): error is HttpError => error instanceof HttpError;

export const isNetworkError = (error: unknown): error is NetworkError => error instanceof NetworkError;

export const isTimeoutError = (error: unknown): error is TimeoutError => error instanceof TimeoutError;

/** Whether the error is an HTTP error carrying this documented code. */
export const isErrorCode = <Code extends string>(error: unknown, code: Code): error is HttpError<Code> & { readonly code: Code } =>
  error instanceof HttpError && error.code === code;
