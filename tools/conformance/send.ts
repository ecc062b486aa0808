// Sends a planned request and reads the whole answer, with a bounded number in
// flight so thousands of generated requests do not swamp a local mock. Every
// request has a deadline: a server that never answers, or stops halfway
// through a body, must end the wait, not hang it.
import type { Answer } from './check-response.ts';
import { deadline } from './deadline.ts';
import type { PlannedRequest } from './requests.ts';

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface SendOptions {
  /** Give up on this request after this many milliseconds, body included. */
  timeoutMs?: number;
  /** Aborts the request from outside, e.g. when the whole run is over its bound. */
  signal?: AbortSignal;
}

/** What became of one request: an answer, no answer at all, or an answer cut off inside its body. */
export type Outcome =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'no-answer'; reason: string }
  | { kind: 'cut-off'; status: number; headers: Headers; reason: string };

/** The request's URL: the path appended to the base URL, whose own path (`https://host/v2`) is kept. */
export function requestUrl(baseUrl: string, request: Pick<PlannedRequest, 'path'>): URL {
  return new URL(baseUrl.replace(/\/+$/, '') + request.path);
}

/** Send one request; never throws for what the server does (or does not do). Redirects are answers, not followed. */
export async function sendOnce(baseUrl: string, request: PlannedRequest, options: SendOptions = {}): Promise<Outcome> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const wait = deadline(timeoutMs, options.signal);
  try {
    let response: Response;
    try {
      response = await fetch(requestUrl(baseUrl, request), { method: request.method, headers: request.headers, body: request.body, redirect: 'manual', signal: wait.signal });
    } catch (error) {
      return { kind: 'no-answer', reason: failureReason(error, timeoutMs, options.signal) };
    }
    try {
      return { kind: 'answer', answer: { status: response.status, headers: response.headers, text: await response.text() } };
    } catch (error) {
      return { kind: 'cut-off', status: response.status, headers: response.headers, reason: failureReason(error, timeoutMs, options.signal) };
    }
  } finally {
    wait.clear();
  }
}

/** Send one request; throws (one line) when there is no complete answer. For mocks and tests, where that is a bug. */
export async function send(baseUrl: string, request: PlannedRequest, options: SendOptions = {}): Promise<Answer> {
  const outcome = await sendOnce(baseUrl, request, options);
  if (outcome.kind === 'answer') return outcome.answer;
  const what = outcome.kind === 'no-answer' ? 'no answer' : `answer ${outcome.status} cut off`;
  throw new Error(`${request.method} ${requestUrl(baseUrl, request)}: ${what}: ${outcome.reason}`);
}

/**
 * Why a request failed, in a few words: the system's error code
 * (`ECONNREFUSED`, `ENOTFOUND`, a TLS code), `no answer within N ms`, or
 * undici's reason for a connection closed mid-answer. fetch itself only says
 * "fetch failed"; the reason is in its `cause`.
 */
export function failureReason(error: unknown, timeoutMs: number, outer?: AbortSignal): string {
  if (outer?.aborted) return 'stopped: the run is over its time limit';
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  if (cause?.code === 'UND_ERR_SOCKET') return `the connection closed mid-answer (${cause.message ?? 'socket closed'})`;
  if (cause?.code) return cause.code;
  return cause?.message ?? (error as Error | undefined)?.message ?? String(error);
}

/** Map over items with at most `limit` promises pending at once, keeping order. */
export async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
