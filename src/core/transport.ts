// The `fetch` handed to openapi-fetch for one call: it sends the request,
// repeats it when the retry rules allow, and gives each attempt its own
// timeout. It returns the final Response untouched, so openapi-fetch reads and
// types the body as usual.
import { readHttpError, type ErrorContext } from './error-body.js';
import { ApiError, NetworkError, TimeoutError, type RequestSummary } from './errors.js';
import { redactUrl, safeCause } from './redact.js';
import { backoff, retryDelay, sleep, type RetryPolicy } from './retry.js';

/** Sends one attempt; the signal goes in `init`, so the Request need not be rebuilt to carry it. */
export type Send = (request: Request, init: { signal?: AbortSignal }) => Promise<Response>;

export interface TransportContext extends ErrorContext {
  fetch: Send;
  /** Sees every response, including the ones that are retried. */
  onResponse: (response: Response) => void;
}

/** One call's parts, as a tuple so that the client's bundle stays small. */
export type Call = [
  fetch: (request: Request) => Promise<Response>,
  /** The last attempt's method and redacted URL. */
  request: () => RequestSummary,
  /** The ApiError (or the caller's abort reason) for anything thrown while sending or reading the body. */
  fail: (error: unknown) => unknown,
  /** Stops the last attempt's timer, once the body has been read. */
  finish: () => void,
  /**
   * After openapi-fetch failed to read the returned response's body: waits and resolves when a retry
   * remains (the caller sends the call again, and a body that breaks off or stalls is retried like an
   * answer whose headers never came), else throws the ApiError.
   */
  recover: (error: unknown) => Promise<void>,
];

/**
 * Opens one call: `retries` it may use (0 for operations that must be sent
 * once), its retry policy, its per-attempt timeout, and the caller's own
 * signal, whose abort cancels the call and is never retried.
 */
export function openCall(context: TransportContext, retries: number, policy: RetryPolicy, timeoutMs: number | false, caller?: AbortSignal): Call {
  const { redact, fetch: send } = context;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The last attempt's timeout: only its timer aborts it, so `aborted` means "timed out".
  let timeout: AbortController | undefined;
  let request: Request | undefined;
  // The response being read, once returned to openapi-fetch.
  let response: Response | undefined;
  // Retries used, kept across the call's sends: `recover` spends them too.
  let retry = 0;

  const finish = () => clearTimeout(timer);
  // A fresh signal per attempt: a timed-out attempt's signal stays aborted.
  function arm(): AbortSignal | undefined {
    if (timeoutMs === false) return caller;
    const controller = (timeout = new AbortController());
    timer = setTimeout(() => controller.abort(), timeoutMs);
    return caller ? AbortSignal.any([caller, controller.signal]) : controller.signal;
  }
  const summary = (): RequestSummary => ({ method: request?.method ?? '', url: redactUrl(request?.url ?? '', redact) });
  function fail(error: unknown): unknown {
    if (error instanceof ApiError) return error;
    if (caller?.aborted) return caller.reason;
    if (timeout?.signal.aborted) return new TimeoutError(timeoutMs as number, summary());
    // openapi-fetch's JSON.parse of a 2xx body that is not JSON.
    if (error instanceof SyntaxError && response) return readHttpError(context, '', summary(), response, undefined, 'body is not JSON')[0];
    // undici says only "fetch failed"; the reason (ECONNREFUSED, ...) is on the cause's cause.
    return new NetworkError(`network error: ${redact(`${(error as Error)?.message ?? error}`)}`, summary(), { cause: safeCause(error, redact) });
  }

  async function fetchWithRetries(first: Request): Promise<Response> {
    request = first;
    for (; ; retry++) {
      const more = retry < retries;
      // A body can be sent once; keep a copy while another attempt may follow.
      const spare: Request = more && request.body ? request.clone() : request;
      let wait: number | undefined;
      try {
        response = await send(request, { signal: arm() });
      } catch (error) {
        response = undefined;
        const failure = fail(error);
        if (!more || !(failure instanceof ApiError)) throw failure;
        wait = backoff(policy, retry);
      }
      if (response) {
        context.onResponse(response);
        // Checked here first: most answers are not retried, and need no trip through the async retryDelay.
        wait = more && policy.statuses.includes(response.status) ? await retryDelay(response, retry, policy, context.contract) : undefined;
        // openapi-fetch reads the body under this attempt's timer (stopped by `finish`); `recover` handles its failure.
        if (wait === undefined) return response;
        await response.body?.cancel();
      }
      finish();
      await sleep(wait!, caller);
      request = spare;
    }
  }

  async function recover(error: unknown): Promise<void> {
    const failure = fail(error);
    // A body that is not JSON (an HttpError) is an answer, not a lost one; no response means nothing was being read.
    if (!response || retry >= retries || !(failure instanceof NetworkError || failure instanceof TimeoutError)) throw failure;
    response = undefined;
    finish();
    await sleep(backoff(policy, retry++), caller);
  }

  return [fetchWithRetries, summary, fail, finish, recover];
}
