// Builds concrete HTTP requests for an operation from the spec's own examples,
// so every conformance case is derived from the contract and none is hand-listed.
import { deref, namedExamples, type BundledSpec, type Json, type Operation } from '../spec.ts';

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

/** The example value of a parameter: its own `example`, its first named example, or its schema's. */
export function parameterExample(spec: BundledSpec, parameter: Json): unknown {
  if ('example' in parameter) return parameter.example;
  const named = namedExamples(spec, parameter)[0];
  if (named) return named.value;
  const schema = deref(spec, parameter.schema ?? {});
  return schema.example ?? schema.examples?.[0] ?? schema.default;
}

export function fillPath(path: string, values: Record<string, unknown>): string {
  return path.replace(/\{([^}]+)\}/g, (_match, name: string) => encodeURIComponent(String(values[name])));
}

/** The JSON media type object of the operation's request body, if it has one. */
export function jsonRequestBody(spec: BundledSpec, operation: Operation): Json | undefined {
  const body = operation.operation.requestBody ? deref(spec, operation.operation.requestBody) : undefined;
  return body?.content?.['application/json'];
}

/** Whether the operation's security requires credentials (an empty requirement `{}` makes them optional). */
export function requiresAuth(spec: BundledSpec, operation: Operation): boolean {
  const security: Json[] = operation.operation.security ?? spec.security ?? [];
  return security.length > 0 && security.every((requirement) => Object.keys(requirement).length > 0);
}

/** The inputs of a valid request, from examples: path values, required query values, the first body example. */
export interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The body value, when the operation takes a JSON body. */
  body?: unknown;
}

export function validParts(spec: BundledSpec, operation: Operation): RequestParts {
  const examplesOf = (location: string, onlyRequired: boolean) =>
    Object.fromEntries(
      operation.parameters
        .filter((p) => p.in === location && (!onlyRequired || p.required))
        .map((p) => [p.name, parameterExample(spec, p)]),
    );
  const parts: RequestParts = { path: examplesOf('path', false), query: examplesOf('query', true) };
  const media = jsonRequestBody(spec, operation);
  if (media) parts.body = namedExamples(spec, media)[0]?.value ?? media.example ?? {};
  return parts;
}

/** A request the contract says is valid, as raw HTTP. */
export function validRequest(spec: BundledSpec, operation: Operation, apiKey = PLACEHOLDER_KEY): PlannedRequest {
  const parts = validParts(spec, operation);
  const query = new URLSearchParams(Object.entries(parts.query).map(([name, value]) => [name, String(value)]));
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (requiresAuth(spec, operation)) headers.Authorization = `Bearer ${apiKey}`;
  const request: PlannedRequest = {
    operationId: operation.operationId,
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

/** A copy of a request without credentials. */
export function withoutCredentials(request: PlannedRequest): PlannedRequest {
  const { Authorization: _omitted, ...headers } = request.headers;
  return { ...request, headers, breaks: 'auth' };
}
