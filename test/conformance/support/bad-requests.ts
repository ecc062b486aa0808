// Generated bad requests for the error-path closure run: fast-check draws an
// operation and a way to break its valid request (auth, content type, JSON,
// body fields, path and query parameters). Drawn with a fixed seed so a failure
// reproduces.
import fc from 'fast-check';
import { jsonMediaType, operationsOf, parameterExample, type Operation, type Spec } from '../../../model/spec.js';
import { fillPath, requiresAuth, validRequest, variant, withoutCredentials, type BrokenPart, type PlannedRequest } from '../../../tools/conformance/requests.ts';

export interface BadRequest extends PlannedRequest {
  /** How the valid request was broken, e.g. `body: drop /contact/email`. */
  breakage: string;
  operation: Operation;
}

const wrongValue = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.integer(), { maxKeys: 2 }),
);

/** Every JSON pointer inside a value (the root excluded). */
function pointers(value: unknown, base = ''): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [`${base}/${key}`, ...pointers(child, `${base}/${key}`)]);
}

function edit(value: unknown, pointer: string, change: (parent: any, key: string) => void): unknown {
  const copy = structuredClone(value);
  const keys = pointer.split('/').slice(1);
  const last = keys.pop()!;
  const parent = keys.reduce<any>((node, key) => node[key], copy);
  change(parent, last);
  return copy;
}

/** The part a breakage label says was broken: `auth: …`, `path …`, `query …`, `content type …`, `body…`. */
function partOf(breakage: string): BrokenPart {
  if (breakage.startsWith('content type')) return 'content-type';
  return breakage.match(/^(auth|path|query|body)/)![1] as BrokenPart;
}

interface WeightedBreakage {
  arbitrary: fc.Arbitrary<BadRequest>;
  weight: number;
}

/** Auth breakages apply to every operation and all end alike, so they are drawn less often than the others. */
const AUTH_WEIGHT = 1;
const OTHER_WEIGHT = 4;

function operationBreakages(spec: Spec, operation: Operation, apiKey: string | undefined): WeightedBreakage[] {
  const valid = validRequest(spec, operation, apiKey);
  const make = (breakage: string, change: Partial<PlannedRequest>): BadRequest => ({ ...variant(valid, change), breakage, breaks: partOf(breakage), operation });
  // A public operation takes no credentials, so there are none to break.
  const auth: fc.Arbitrary<BadRequest>[] = !requiresAuth(operation)
    ? []
    : [
        fc.constant({ ...withoutCredentials(spec, operation, valid), breakage: 'auth: none', operation }),
        fc
          .oneof(fc.constantFrom('Basic dXNlcjpwYXNz', 'Bearer', 'Token abc', ''), fc.string({ maxLength: 16 }).map((s) => `Bearer${s}`))
          .map((value) => make(`auth: "${value}"`, { headers: { Authorization: value } })),
      ];
  const breakages: fc.Arbitrary<BadRequest>[] = [];
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  if (pathParameters.length > 0) {
    breakages.push(
      fc.tuple(fc.constantFrom(...pathParameters), fc.oneof(fc.constantFrom('abc', '-1', '0', '1.5', '%20', 'null'), fc.string({ minLength: 1, maxLength: 8 }).filter(isOneSegment))).map(([parameter, value]) => {
        const values = Object.fromEntries(pathParameters.map((p) => [p.name, p === parameter ? value : parameterExample(spec, p)]));
        return make(`path ${parameter.name}="${value}"`, { path: fillPath(operation.path, values) });
      }),
    );
  }
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  if (queryParameters.length > 0) {
    breakages.push(
      fc.tuple(fc.constantFrom(...queryParameters), fc.oneof(fc.constantFrom('abc', '-1', '0', '99999', '2026-13-45', 'not-an-email', ''), fc.string({ maxLength: 10 }))).map(([parameter, value]) => {
        const [path] = valid.path.split('?');
        return make(`query ${parameter.name}="${value}"`, { path: `${path}?${new URLSearchParams({ [parameter.name]: value })}` });
      }),
    );
  }
  if (jsonMediaType(operation.requestBody) && valid.body !== undefined) {
    const example = JSON.parse(valid.body);
    const places = pointers(example);
    breakages.push(
      fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded').map((type) => make(`content type ${type}`, { headers: { 'Content-Type': type } })),
      fc.oneof(fc.constantFrom('', '{', '{"a":', 'null', '[]', '"text"'), fc.string({ maxLength: 20 })).map((text) => make(`body text ${JSON.stringify(text)}`, { body: text })),
      fc.constant(make('body: {}', { body: '{}' })),
      fc.tuple(fc.constantFrom('', ...places.filter((p) => isObject(pointerValue(example, p)))), fc.string({ minLength: 1, maxLength: 10 })).map(([at, key]) =>
        make(`body: add ${at}/${JSON.stringify(key)}`, { body: JSON.stringify(at ? edit(example, at, (o, k) => (o[k][key] = 1)) : { ...example, [key]: 1 }) }),
      ),
    );
    if (places.length > 0) {
      breakages.push(
        fc.constantFrom(...places).map((at) => make(`body: drop ${at}`, { body: JSON.stringify(edit(example, at, (o, k) => (Array.isArray(o) ? o.splice(Number(k), 1) : delete o[k]))) })),
        fc.tuple(fc.constantFrom(...places), wrongValue).map(([at, value]) => make(`body: ${at}=${JSON.stringify(value)}`, { body: JSON.stringify(edit(example, at, (o, k) => (o[k] = value))) })),
      );
    }
  }
  return [
    ...auth.map((arbitrary) => ({ arbitrary, weight: AUTH_WEIGHT })),
    ...breakages.map((arbitrary) => ({ arbitrary, weight: OTHER_WEIGHT })),
  ];
}

/**
 * A path value that stays one segment of the URL: no `/`, and not `.` or `..`,
 * which every URL parser removes as dot segments (RFC 3986, 5.2.4), so that
 * `/bookings/./` is sent as `/bookings/`, another operation's path.
 */
function isOneSegment(value: string): boolean {
  return !value.includes('/') && value !== '.' && value !== '..';
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointerValue(value: unknown, pointer: string): unknown {
  return pointer.split('/').slice(1).reduce<any>((node, key) => node?.[key], value);
}

/**
 * `count` bad requests spread over every operation of the spec, reproducible
 * for a given seed. Each breaks a request that is valid with `apiKey` (a key
 * the server accepts; a mock accepts any, and gets a placeholder).
 */
export function sampleBadRequests(spec: Spec, count: number, seed: number, apiKey?: string): BadRequest[] {
  const all = operationsOf(spec).flatMap((operation) => operationBreakages(spec, operation, apiKey));
  return fc.sample(fc.oneof(...all), { numRuns: count, seed });
}
