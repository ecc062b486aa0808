// Builds concrete HTTP requests for an operation from the spec's own examples,
// so every conformance case is derived from the contract and none is hand-listed.
import { fillPath, jsonMediaType, keyPlacement, namedExamplesOf, parameterExample, type Operation, type Spec } from '../../model/spec.js';

export interface PlannedRequest {
  operationId: string;
  method: string;
  /** The path with parameters filled in, e.g. `/api/v1/public/bookings/42/`. */
  path: string;
  headers: Record<string, string>;
  /** Raw body text, when the request has one. */
  body?: string;
  /** Which part was broken on purpose; absent on a request the contract calls valid. */
  breaks?: BrokenPart;
}

export type BrokenPart = 'auth' | 'path' | 'query' | 'body' | 'content-type';

/** A placeholder key; mocks accept any bearer token and the live check takes the real one from the caller. */
export const PLACEHOLDER_KEY = 'conformance-test-key';

/** Filling a path template is the model's (the sandbox's banner does it too). */
export { fillPath };

/** Whether the operation's security requires credentials (an empty requirement `{}` makes them optional). */
export function requiresAuth(operation: Operation): boolean {
  return !operation.security.anonymous;
}

/** The inputs of a valid request, from examples: path values, required query values, the first body example. */
export interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The body value, when the operation takes a JSON body. */
  body?: unknown;
}

export function validParts(spec: Spec, operation: Operation): RequestParts {
  const examplesIn = (location: string, onlyRequired: boolean) =>
    Object.fromEntries(
      operation.parameters
        .filter((p) => p.in === location && (!onlyRequired || p.required))
        .map((p) => [p.name, parameterExample(spec, p)]),
    );
  const parts: RequestParts = { path: examplesIn('path', false), query: examplesIn('query', true) };
  const media = jsonMediaType(operation.requestBody);
  if (media) parts.body = namedExamplesOf(spec, media)[0]?.value ?? media.node.example ?? {};
  return parts;
}

/** The header that carries the key, by how the operation wants it sent (bearer when it does not say). */
export function credentialHeader(spec: Spec, operation: Operation, apiKey: string): Record<string, string> {
  const placement = keyPlacement(spec, operation);
  if (placement?.kind === 'header') return { [placement.name]: apiKey };
  if (placement?.kind === 'basic') return { Authorization: `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}` };
  return { Authorization: `Bearer ${apiKey}` };
}

/** A request the contract says is valid, as raw HTTP. */
export function validRequest(spec: Spec, operation: Operation, apiKey = PLACEHOLDER_KEY): PlannedRequest {
  const parts = validParts(spec, operation);
  const query = new URLSearchParams(Object.entries(parts.query).map(([name, value]) => [name, String(value)]));
  const headers: Record<string, string> = { Accept: 'application/json', ...(requiresAuth(operation) ? credentialHeader(spec, operation, apiKey) : {}) };
  const request: PlannedRequest = {
    operationId: operation.id,
    method: operation.method.toUpperCase(),
    path: fillPath(operation.path, parts.path) + (query.size > 0 ? `?${query}` : ''),
    headers,
  };
  if ('body' in parts) {
    request.headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(parts.body);
  }
  return request;
}

/** A copy of a request with some parts changed; headers are merged, not replaced. */
export function variant(request: PlannedRequest, change: Partial<PlannedRequest>): PlannedRequest {
  return { ...request, ...change, headers: { ...request.headers, ...change.headers } };
}

/** A copy of a request without credentials (whatever header carried them). */
export function withoutCredentials(spec: Spec, operation: Operation, request: PlannedRequest): PlannedRequest {
  const carriers = new Set(Object.keys(credentialHeader(spec, operation, '')).map((name) => name.toLowerCase()));
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !carriers.has(name.toLowerCase())));
  return { ...request, headers, breaks: 'auth' };
}
