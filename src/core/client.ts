// The shared client: openapi-fetch underneath, driven by an API's generated
// contract for everything API-specific. Each call goes through one transport
// (retries, timeouts) and comes back as a status-narrowed outcome.
import createClient, { mergeHeaders, type Middleware } from 'openapi-fetch';
import type { HttpMethod } from 'openapi-typescript-helpers';
import type { Contract } from './contract.js';
import { readHttpError, responseKey } from './error-body.js';
import { HttpError } from './errors.js';
import { TIMEOUT_MS, type ClientOptions } from './options.js';
import type { CallOptions, ClientMethod } from './outcome.js';
import { readRateLimit, type RateLimit } from './rate-limit.js';
import { redactor, redactors } from './redact.js';
import { RETRY_DEFAULTS, retriesFor, retryPolicy } from './retry.js';
import { openCall, type TransportContext } from './transport.js';

export interface ApiClient<Paths extends Record<string, any>> {
  GET: ClientMethod<Paths, 'get'>;
  PUT: ClientMethod<Paths, 'put'>;
  POST: ClientMethod<Paths, 'post'>;
  DELETE: ClientMethod<Paths, 'delete'>;
  OPTIONS: ClientMethod<Paths, 'options'>;
  HEAD: ClientMethod<Paths, 'head'>;
  PATCH: ClientMethod<Paths, 'patch'>;
  TRACE: ClientMethod<Paths, 'trace'>;
  /** The rate-limit headers of the last response that carried them. */
  readonly rateLimit: RateLimit | undefined;
  /** Registers openapi-fetch middleware. */
  use(...middleware: Middleware[]): void;
  /** Unregisters openapi-fetch middleware. */
  eject(...middleware: Middleware[]): void;
}

type Init = CallOptions & Record<string, unknown>;
type Result = { data?: unknown; error?: unknown; response: Response };

export function createApiClient<Paths extends Record<string, any>>(contract: Contract, options: ClientOptions = {}): ApiClient<Paths> {
  // Normalised once, here at the boundary; `fetch`, `retry` and `timeoutMs` are the client's, not openapi-fetch's.
  const { apiKey, baseUrl = contract.baseUrl, headers, retry, timeoutMs: clientTimeoutMs = TIMEOUT_MS, fetch, validate, ...rest } = options;
  const clientPolicy = retryPolicy(retry, RETRY_DEFAULTS);
  const auth = apiKey && contract.auth ? { [contract.auth.header]: contract.auth.prefix + apiKey } : undefined;
  const inner = createClient<Paths>({ ...rest, baseUrl, headers: mergeHeaders(auth, headers) });
  let rateLimit: RateLimit | undefined;
  const transport: TransportContext = {
    contract,
    redact: redactor(apiKey),
    // A custom fetch takes one argument, as openapi-fetch's does: the signal has to ride on the Request.
    // globalThis.fetch is looked up per call, so one patched in after the client was made (tests, polyfills) is used.
    fetch: fetch ? (request, { signal }) => fetch(signal ? new Request(request, { signal }) : request) : (request, init) => globalThis.fetch(request, init),
    onResponse: (response) => {
      rateLimit = readRateLimit(response.headers, contract.rateLimit) ?? rateLimit;
    },
  };

  async function run(method: HttpMethod, path: string, init: Init, keep: (error: HttpError) => void) {
    const { timeoutMs = clientTimeoutMs, retry, signal, ...request } = init;
    const policy = retryPolicy(retry, clientPolicy);
    const operation = `${method} ${path}`;
    // A refused body is answered in place of the server, so the answer is read like the server's; fetch is never called.
    const refusal = validate?.(operation, request.body);
    const [send, summary, fail, finish, recover] = openCall(refusal ? { ...transport, fetch: refusal } : transport, retriesFor(policy, contract, operation), policy, timeoutMs, signal);
    let result: Result;
    try {
      // A body that fails to arrive sends the call again while retries remain (`recover` waits, or throws).
      for (;;)
        try {
          result = (await inner.request(method, path as never, { ...request, fetch: send } as never)) as Result;
          break;
        } catch (error) {
          await recover(error);
        }
    } catch (error) {
      throw fail(error);
    } finally {
      finish();
    }
    const { response } = result;
    const keys = contract.operations[operation];
    // An empty success (`data` undefined) is an error unless the documented response has no JSON body.
    if (!response.ok || (result.data === undefined && !responseKey(keys, response.status)?.endsWith('*'))) {
      const [failure, documented] = readHttpError(transport, keys, summary(), response, result.error, response.ok ? 'success body is empty' : undefined);
      // Never documented for a success: its body is missing.
      if (!documented) throw failure;
      keep(failure);
      // The body as the error holds it, with the key masked: the result form is as safe as orThrow().
      result.error = failure.body;
    }
    // openapi-fetch's result is `{ data, response }` or `{ error, response }`: the outcome adds the status.
    return { status: response.status, ...result };
  }

  function method(name: HttpMethod) {
    return (path: string, init?: Init) => {
      let failure: HttpError | undefined;
      const outcome = run(name, path, init ?? {}, (error) => (failure = error));
      return Object.assign(outcome, {
        orThrow: () =>
          outcome.then((result) => {
            if (failure) throw failure;
            return result.data;
          }),
      });
    };
  }

  const client: Record<string, unknown> = {
    get rateLimit() {
      return rateLimit;
    },
    use: inner.use,
    eject: inner.eject,
  };
  // Set on the client, not spread into a new object: copying would freeze the getter's first value.
  // openapi-fetch's own client names them: GET, PUT, ... beside request, use and eject.
  for (const name in inner) if (name === name.toUpperCase()) client[name] = method(name.toLowerCase() as HttpMethod);
  redactors.set(client, transport.redact);
  return client as unknown as ApiClient<Paths>;
}
