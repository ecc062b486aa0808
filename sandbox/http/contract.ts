// What the server knows of an API, all of it read from its bundled contract
// (generated/<api>/openapi.json) through model/: its operations and their
// routes, the scopes each needs, its error catalog, and the answers the
// contract writes down (a catalog code's body, a named example, prose in the
// code field). Nothing here names an API.
import { bodyWithCode, catalogOf, codeValue, rateLimitHeaders, type Catalog, type RateLimitHeaders } from '../../model/catalog.js';
import { UserError } from '../../model/input.js';
import { readBundle, type ApiEntry } from '../../model/registry.js';
import { deref, isErrorStatus, jsonMediaType, namedExamplesOf, operationsOf, type Operation, type Spec } from '../../model/spec.js';

/** A status and a body: what the server sends. */
export interface Answer {
  status: number;
  body: unknown;
}

/**
 * An answer the contract writes down: a catalog code, a named example of the
 * operation's error responses, or prose in the code field with a status.
 */
export type AnswerRef = { code: string } | { example: string } | { status: number; prose: string };

export interface Contract {
  api: ApiEntry;
  spec: Spec;
  catalog: Catalog;
  operations: Operation[];
  rateLimitHeaders: RateLimitHeaders;
  /** The answer a reference stands for, in `operation` (or, without one, anywhere in the spec). */
  answer(ref: AnswerRef, operation?: Operation): Answer;
  /** Prose in the code field, with a status: `{ detail: '…' }`, `{ message: '…' }`. */
  prose(status: number, text: string): Answer;
  /** The value of a named example of an operation's answer at a status; a UserError when the contract has none. */
  example(operationId: string, status: string, name: string): any;
}

export function readContract(api: ApiEntry): Contract {
  const spec = readBundle(api);
  const catalog = catalogOf(spec);
  if (!catalog) throw new UserError(`${api.bundle}: no usable x-error-catalog; run npm run lint`);
  const roles = rateLimitHeaders(catalog);
  if (!roles?.limit || !roles.remaining || !roles.reset || !roles.retryAfter) {
    throw new UserError(`${api.bundle}: x-error-catalog.profile.rateLimit does not name the limit, remaining, reset and Retry-After headers`);
  }
  const operations = operationsOf(spec);
  const prose = (status: number, text: string): Answer => ({ status, body: bodyWithCode(catalog, text) });
  return {
    api,
    spec,
    catalog,
    operations,
    rateLimitHeaders: roles,
    prose,
    example(operationId, status, name) {
      const operation = operations.find((candidate) => candidate.id === operationId);
      const found = namedExamplesOf(spec, jsonMediaType(operation?.responses.get(status))).find((example) => example.name === name);
      if (!found) throw new UserError(`${api.name}: the sandbox reads the example "${name}" of ${operationId} ${status}, which the contract does not have`);
      return structuredClone(found.value);
    },
    answer(ref, operation) {
      if ('prose' in ref) return prose(ref.status, ref.prose);
      if ('code' in ref) {
        const entry = catalog.codes[ref.code];
        if (!entry) throw new UserError(`${api.name}: the sandbox answers with code "${ref.code}", which x-error-catalog does not list`);
        return { status: Number(entry.status), body: bodyWithCode(catalog, codeValue(ref.code, entry)) };
      }
      const found = findExample(spec, operation ? [operation] : operations, ref.example);
      if (!found) throw new UserError(`${api.name}: the sandbox answers with the example "${ref.example}", which ${operation ? operation.label : 'no operation'} documents`);
      return found;
    },
  };
}

/** The first error example named `name` among the operations' responses, with its status. */
function findExample(spec: Spec, operations: Operation[], name: string): Answer | undefined {
  for (const operation of operations) {
    for (const [status, response] of operation.responses) {
      if (!isErrorStatus(status) || !/^\d{3}$/.test(status)) continue;
      const example = namedExamplesOf(spec, jsonMediaType(response)).find((candidate) => candidate.name === name);
      if (example) return { status: Number(status), body: structuredClone(example.value) };
    }
  }
  return undefined;
}

/** The Fastify route of an operation's path: `/bookings/{id}/` → `/bookings/:id/`. */
export function routeOf(operation: Operation): string {
  return operation.path.replace(/\{([^}]+)\}/g, ':$1');
}

/**
 * The scopes a key needs for an operation, one list per security requirement
 * (any one requirement is enough): `[['bookings:read']]`; `[[]]` when the
 * operation names none.
 */
export function scopesOf(operation: Operation): string[][] {
  return (operation.security.requirements ?? [{}]).map((requirement) => Object.values(requirement ?? {}).flat().map(String));
}

/**
 * The limit the contract states for an operation: the example of its success
 * answer's limit header (e.g. `X-RateLimit-Limit: 10` on events/create).
 */
export function statedLimit(contract: Contract, operation: Operation): number | undefined {
  const name = contract.rateLimitHeaders.limit;
  for (const [status, response] of operation.responses) {
    if (!/^2\d\d$/.test(status)) continue;
    const header = Object.entries<unknown>(response.node?.headers ?? {}).find(([key]) => key.toLowerCase() === name?.toLowerCase())?.[1];
    const example = header === undefined ? undefined : deref(contract.spec, header).example;
    if (Number.isInteger(example)) return example;
  }
  return undefined;
}

/** The status an operation answers a refused request with: its documented 400, else 422; undefined when it documents neither. */
export function validationStatus(operation: Operation): number | undefined {
  const status = ['400', '422'].find((candidate) => operation.responses.has(candidate));
  return status === undefined ? undefined : Number(status);
}
