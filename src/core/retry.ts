// When a call may be sent again, and how long to wait first.
//
// Why not ky or p-retry: ky 2 needs Node 22, and as openapi-fetch's `fetch`
// ky 1 either retries nothing (throwHttpErrors: false) or reads the error body
// before openapi-fetch can; p-retry 6 retries a function but knows nothing of
// Retry-After dates, per-operation idempotency or keeping the Response body
// readable. The loop in transport.ts is short, and these rules are all of it.
import type { Contract } from './contract.js';
import { askedWait } from './retry-after.js';

export interface RetryOptions {
  /** Retries after the first attempt. Default 2; 0 turns retrying off. */
  limit?: number;
  /** Methods that may be sent again, in any case. Default: the idempotent ones, get, put, head, delete, options, trace. */
  methods?: readonly string[];
  /** Statuses that are retried. Default 408, 429, 500, 502, 503, 504. Network errors and timeouts are always retried. */
  statuses?: readonly number[];
  /** Longest `Retry-After` honoured, in ms; a longer one is not waited for and the response is returned. Default 60 000. */
  maxRetryAfterMs?: number;
  /** Backoff before the first retry when the server gives no `Retry-After`, in ms; doubles each retry, with jitter. Default 300. */
  backoffMs?: number;
  /** Longest backoff, in ms. Default 10 000. */
  maxBackoffMs?: number;
}

/** A retry limit, or the full options. */
export type RetrySetting = number | RetryOptions;

export type RetryPolicy = Readonly<Required<RetryOptions>>;

export const RETRY_DEFAULTS: RetryPolicy = {
  limit: 2,
  methods: ['get', 'put', 'head', 'delete', 'options', 'trace'],
  statuses: [408, 429, 500, 502, 503, 504],
  maxRetryAfterMs: 60_000,
  backoffMs: 300,
  maxBackoffMs: 10_000,
};

export function retryPolicy(setting: RetrySetting | undefined, base: RetryPolicy): RetryPolicy {
  if (setting === undefined) return base;
  if (typeof setting === 'number') return { ...base, limit: setting };
  // Methods are compared lower case (openapi-fetch's): `['GET']` must not turn retrying off unnoticed.
  return { ...base, ...setting, methods: (setting.methods ?? base.methods).map((method) => method.toLowerCase()) };
}

/** How many retries a call (`"<method> <path>"`) may use: none unless its method is repeatable and the spec does not forbid it. */
export function retriesFor(policy: RetryPolicy, contract: Contract, operation: string): number {
  // A limit of 0 (or less) needs no test of its own: it is returned as is, and allows no retry.
  if (!policy.methods.includes(operation.split(' ')[0]!)) return 0;
  if (contract.nonIdempotent.includes(operation)) return 0;
  return policy.limit;
}

/** Exponential backoff with jitter: between half and all of `backoffMs * 2^retry`, capped. */
export function backoff(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** retry);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** How long to wait before retrying this response, or undefined when it must not be retried. */
export async function retryDelay(response: Response, retry: number, policy: RetryPolicy, contract: Contract): Promise<number | undefined> {
  if (!policy.statuses.includes(response.status)) return undefined;
  // The body is read from a clone: the response goes back untouched when no retry follows.
  const body = contract.rateLimit?.bodyRetryAfter ? await response.clone().json().catch(() => undefined) : undefined;
  const wait = askedWait(response.headers, body, contract);
  if (wait === undefined) return backoff(policy, retry);
  if (wait > policy.maxRetryAfterMs) return undefined;
  return wait;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    // No `once`: a signal aborts at most once, and a resolved sleep removes its listener.
    signal?.addEventListener('abort', abort);
  });
}
