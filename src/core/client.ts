// The shared client: openapi-fetch underneath, driven by an API's generated
// contract for everything API-specific. Each call goes through one transport
// (retries, timeouts) and comes back as a status-narrowed outcome.
import createClient, { mergeHeaders, type Middleware } from 'openapi-fetch';
import type { HttpMethod } from 'openapi-typescript-helpers';
import type { Contract } from './contract.js';
import { readHttpError } from './error-body.js';
import { HttpError } from './errors.js';
import { clientConfig, type ClientOptions } from './options.js';
import type { CallOptions, ClientMethod } from './outcome.js';
import { readRateLimit, type RateLimit } from './rate-limit.js';
import { redactor } from './redact.js';
import { retriesFor, retryPolicy } from './retry.js';
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
  const { apiKey, baseUrl = contract.baseUrl, headers, retry, timeoutMs, fetch, validate, ...rest } = options;
  const config = clientConfig(options);
  const auth = apiKey && contract.auth ? { [contract.auth.header]: contract.auth.prefix + apiKey } : undefined;
  const inner = createClient<Paths>({ ...rest, baseUrl, headers: mergeHeaders(auth, headers) });
  let rateLimit: RateLimit | undefined;
  const transport: TransportContext = {
    contract,
    redact: redactor([apiKey]),
    fetch: config.fetch,
    onResponse: (response) => {
      rateLimit = readRateLimit(response.headers, contract.rateLimit) ?? rateLimit;
    },
  };

  async function run(method: HttpMethod, path: string, init: Init, keep: (error: HttpError) => void) {
    const { timeoutMs = config.timeoutMs, retry, signal, ...request } = init;
    const policy = retryPolicy(retry, config.retry);
    const operation = `${method} ${path}`;
    // A refused body is answered in place of the server, so the answer is read like the server's; fetch is never called.
    const refusal = validate?.(operation, request.body);
    const call = openCall(refusal ? { ...transport, fetch: refusal } : transport, retriesFor(policy, contract, method, path), policy, timeoutMs, signal);
    let result: Result;
    try {
      result = (await inner.request(method, path as never, { ...request, fetch: call.fetch } as never)) as Result;
    } catch (error) {
      throw call.fail(error);
    } finally {
      call.finish();
    }
    const { response } = result;
    if (!response.ok) {
      const failure = readHttpError(transport, contract.operations[operation], call.request(), response, result.error);
      if (!failure.documented) throw failure.error;
      keep(failure.error);
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

  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
  const client = {
    get rateLimit() {
      return rateLimit;
    },
    use: inner.use,
    eject: inner.eject,
  };
  // Object.assign onto the client, not from it: copying would freeze the getter's first value.
  return Object.assign(client, Object.fromEntries(methods.map((name) => [name.toUpperCase(), method(name)]))) as unknown as ApiClient<Paths>;
}
