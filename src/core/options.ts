// Client options and their defaults (retry defaults: RETRY_DEFAULTS in retry.ts).
import type { ClientOptions as FetchClientOptions } from 'openapi-fetch';
import type { RetrySetting } from './retry.js';
import type { RequestValidator } from './validate.js';

export interface ClientOptions extends Omit<FetchClientOptions, 'fetch' | 'baseUrl' | 'signal'> {
  /** The API key. Sent as the spec's security scheme says; masked in every error. */
  apiKey?: string;
  /** Root URL of the API. Default: the spec's first server. */
  baseUrl?: string;
  /**
   * The fetch to send requests with, e.g. for tests or proxies. It gets a Request
   * and must honour its `signal`, which carries timeouts and cancellation.
   * Default: `globalThis.fetch`.
   */
  fetch?: (request: Request) => Promise<Response>;
  /** Retry limit or options; `0` turns retrying off. Default: 2 retries of idempotent methods. */
  retry?: RetrySetting;
  /** Longest wait for each attempt's response, body included, in ms; `false` for none. Default 30 000. */
  timeoutMs?: number | false;
  /**
   * Checks each request body against the operation's schema in the bundled
   * spec before sending. A body the contract refuses is not sent: the call
   * answers as the server would, with the status and error body the server
   * documents for that mistake (the catalog code it stands for, or
   * field-keyed messages), so `orThrow()` rejects with the same HttpError and
   * the result is `{ status: 400, error }`. Pass the API's validator, from its
   * own entry so that only clients that validate carry ajv's code:
   * `import { validate } from 'booking-contracts/bookingshake/validate'`, then
   * `createBookingShakeClient({ validate })`. Default: no check.
   */
  validate?: RequestValidator;
}

/** Default `timeoutMs`. */
export const TIMEOUT_MS = 30_000;
