// Request validation with the contract's own JSON Schemas: each route's path,
// query and body schemas are `$ref`s into the bundled spec, compiled by the
// project's one ajv (model/ajv.js) as Fastify's validator compiler. Failures
// become the answers the contract documents for them (answerViolations).
import type { FastifySchema, FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { createSchemaValidator, type Violation } from '../../model/ajv.js';
import { codeForViolations, codesIn, wholeRequestKey } from '../../model/catalog.js';
import { decodeSegment, toPlainPointer, toPointer, type JsonPath } from '../../model/pointer.js';
import { deref, jsonMediaType, type Json, type Operation, type Spec } from '../../model/spec.js';
import { validationStatus, type Answer, type Contract } from './contract.ts';
import type { Domain } from './domain.ts';

/** Where a failed value was: Fastify's name for the part of the request. */
export type RequestPart = 'params' | 'querystring' | 'body' | 'headers';

const ref = (at: JsonPath): Json => ({ $ref: `spec${toPointer(at)}` });

function withDefault(schema: Json, spec: Spec, written: unknown): Json {
  const value = written === undefined ? undefined : deref(spec, written).default;
  return value === undefined ? schema : { ...schema, default: value };
}

/** The route schema of an operation: its path and query parameters, and its JSON body, each by reference. */
export function routeSchema(spec: Spec, operation: Operation): FastifySchema {
  const schema: FastifySchema = {};
  const object = (where: string) => {
    const listed = operation.parameters.map((parameter, index) => ({ parameter, at: operation.parameterAt[index]! })).filter(({ parameter }) => parameter.in === where);
    if (listed.length === 0) return undefined;
    return {
      type: 'object',
      // ajv fills in a default only where it is written beside the property, not behind a `$ref`: the contract's default is repeated here.
      properties: Object.fromEntries(listed.map(({ parameter, at }) => [parameter.name, withDefault(ref([...at, 'schema']), spec, parameter.schema)])),
      required: listed.filter(({ parameter }) => parameter.required).map(({ parameter }) => parameter.name),
    };
  };
  const params = object('path');
  const querystring = object('query');
  if (params) schema.params = params;
  if (querystring) schema.querystring = querystring;
  const media = jsonMediaType(operation.requestBody);
  if (media) schema.body = ref([...media.at, 'schema']);
  return schema;
}

/**
 * Compiles route schemas against the spec. Text from the URL is converted to
 * the schema's types (`"42"` → 42) and given its defaults; a JSON body is
 * taken as it is. An absent body passes here: whether it may be absent is
 * decided before validation (see app.ts), from the operation's `required`.
 */
export function validatorCompiler(spec: Spec): FastifySchemaCompiler<Json> {
  const bodies = createSchemaValidator(spec);
  const texts = createSchemaValidator(spec, { coerceTypes: true, useDefaults: true });
  return ({ schema, httpPart }) => {
    const validate = (httpPart === 'body' ? bodies : texts).compile(schema);
    const check: ((value: unknown) => boolean) & { errors?: FastifySchemaValidationError[] | null } = (value) => {
      check.errors = null;
      // An absent body passes here: whether it may be absent is decided before validation (routes.ts).
      if (value === undefined && httpPart === 'body') return true;
      if (!validate(value)) return (check.errors = (validate.errors ?? []) as FastifySchemaValidationError[]), false;
      const unstorable = unstorableIn(value);
      return unstorable.length === 0 || ((check.errors = unstorable), false);
    };
    return check;
  };
}

/** The largest whole number the sandbox stores (a PostgreSQL `integer`), documented in sandbox/README.md. */
export const MAX_INTEGER = 2 ** 31 - 1;

/**
 * Values the contract allows but the sandbox's database cannot hold, as ajv
 * would report them: whole numbers beyond ±MAX_INTEGER, and text with a NUL
 * character. Refused like any schema failure, rather than failing in SQL.
 */
function unstorableIn(value: unknown): FastifySchemaValidationError[] {
  const found: FastifySchemaValidationError[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if (typeof node === 'number' && Number.isInteger(node) && Math.abs(node) > MAX_INTEGER) {
      found.push({ instancePath: at, schemaPath: '#/sandbox/storable', keyword: node > 0 ? 'maximum' : 'minimum', params: { limit: node > 0 ? MAX_INTEGER : -MAX_INTEGER }, message: `must be ${node > 0 ? '<=' : '>='} ${node > 0 ? MAX_INTEGER : -MAX_INTEGER}` });
    } else if (typeof node === 'string' && node.includes('\u0000')) {
      found.push({ instancePath: at, schemaPath: '#/sandbox/storable', keyword: 'pattern', params: { pattern: '[^\\u0000]' }, message: 'must not contain a NUL character' });
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) stack.push([child, at + toPlainPointer([key])]);
    }
  }
  return found;
}

/**
 * The documented answer to a request that failed its schema:
 * - a path value that fails names nothing: the operation's missing-resource
 *   answer (`profile.isolation.missingResource`), as for an unknown ID;
 * - a body violation the catalog names (its `violations`): that code;
 * - anything else: the operation's 400 (or 422), field-keyed when that
 *   status's error body is, else one message in the code field.
 */
export function answerViolations(contract: Contract, domain: Domain, operation: Operation, part: RequestPart, found: Violation[], body?: unknown): Answer {
  const { catalog, spec } = contract;
  if (part === 'params') {
    const missing = catalog.profile.isolation?.missingResource;
    const code = codesIn(catalog, operation).find(([, entry]) => entry.status === missing)?.[0];
    if (code) return contract.answer({ code });
  }
  if (part === 'body') {
    const code = codeForViolations(catalog, operation, found);
    if (code) return contract.answer({ code });
  }
  const status = validationStatus(operation) ?? 400;
  const whole = wholeRequestKey(spec, catalog, String(status));
  if (whole) {
    const fields = fieldErrors(found, whole, domain);
    const acrossFields = part === 'body' ? (domain.wholeBodyProblems?.(operation, body) ?? []) : [];
    if (acrossFields.length > 0) fields[whole] = [...(fields[whole] ?? []), ...acrossFields];
    return { status, body: fields };
  }
  const shown = mostTelling(found);
  return contract.prose(status, domain.describe?.(shown) ?? `${shown.at || 'body'} ${shown.message}`);
}

/** Field-keyed messages: each top-level field at fault (the parameter's name, for a query), and `whole` for the request itself. */
function fieldErrors(found: Violation[], whole: string, domain: Domain): Record<string, string[]> {
  // No prototype: a field may be called `toString` or `__proto__`.
  const fields: Record<string, string[]> = Object.create(null);
  for (const violation of found) {
    if (violation.keyword === 'oneOf' || violation.keyword === 'anyOf') continue;
    const [, field, ...rest] = violation.at.split('/');
    const key = field === undefined ? whole : decodeSegment(field);
    const wording = domain.fieldMessage?.(violation) ?? sentence(violation.message);
    const text = rest.length > 0 ? `/${rest.join('/')}: ${wording}` : wording;
    const list = (fields[key] ??= []);
    if (!list.includes(text)) list.push(text);
  }
  return Object.keys(fields).length > 0 ? fields : { [whole]: ['The request is not valid.'] };
}

/** ajv's wording as a sentence: `must be integer` → `Must be integer.` */
function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

/**
 * The violation to report when only one can be: the first, except that a
 * `oneOf`/`anyOf` failure speaks for the branches that failed under it (whose
 * own errors say only why each alternative did not fit).
 */
function mostTelling(found: Violation[]): Violation {
  const combined = found.find((violation) => violation.keyword === 'oneOf' || violation.keyword === 'anyOf' || violation.keyword === 'not');
  const first = found[0] ?? { at: '', keyword: 'type', params: {}, message: 'is not valid' };
  return combined && (combined.at === first.at || first.at.startsWith(`${combined.at}/`)) && first.keyword !== 'required' ? combined : first;
}
