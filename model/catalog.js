// @ts-check
// Reading `x-error-catalog`: an API's error guide as data, from which the
// rules, the client, the conformance suite, the sandbox and the docs all
// derive. Validated once per document against
// openapi/error-catalog.schema.json; a missing or malformed catalog is one
// problem (reported by the rules' `contract-error-catalog`), never a cascade.
import { createRequire } from 'node:module';
import { createAjv } from './ajv.js';
import { isPointer, toPath, valueAt } from './pointer.js';
import { deref, isObject, traitsOf } from './spec.js';

/** Where the catalog sits in a spec unless told otherwise. */
export const CATALOG_KEY = 'x-error-catalog';

/**
 * The catalog's JSON Schema. Read with `require` relative to this file: the
 * path is the same from rules/, the folder Spectral's CLI resolves relative
 * paths from when it bundles the ruleset (rules/ and model/ are siblings).
 * @returns {(id: string) => unknown}
 */
function requireHere() {
  try {
    return createRequire(import.meta.url);
  } catch {
    // In Spectral's CommonJS bundle there is no `import.meta.url`, but there is `require`.
    return require;
  }
}

/** @type {Record<string, any>} */
export const errorCatalogSchema = /** @type {Record<string, any>} */ (requireHere()('../openapi/error-catalog.schema.json'));

/** A machine code, as the catalog schema defines its keys (a snake_case token). */
export const MACHINE_CODE = new RegExp(errorCatalogSchema.properties.codes.propertyNames.pattern);

/**
 * @typedef {`${number}`} Status
 * @typedef {{ path: string, keyword: string }} Violation A request-body schema violation: JSON pointer with `*` segments, and the failing keyword.
 *
 * @typedef {object} CatalogEntry
 * @property {Status} status
 * @property {'all' | string[]} operations operationIds where the error can occur, or `all`.
 * @property {string} meaning
 * @property {'no' | 'after-waiting' | 'with-backoff'} [retry] Whether the same request can succeed if sent again, and when.
 * @property {string} [action] What the caller should do about the error.
 * @property {string} [message] For APIs whose code field holds prose: the exact documented text of this error.
 * @property {Violation[]} [violations] Request-body schema violations this error answers.
 *
 * @typedef {object} Profile
 * @property {{ all: Status[], withPathParameters?: Status[], withQueryParameters?: Status[], withRequestBody?: Status[] }} required
 * @property {Record<Status, string[]>} schemas
 * @property {{ status: Status, headers: string[], bodyRetryAfter?: string }} [rateLimit]
 * @property {{ codes?: string[], public?: string[] }} [authentication]
 * @property {{ missingResource?: Status, scopeFailure?: Status, scopeFailureResponse?: string, foreignReferences?: { in: 'body' | 'query', name: string, code: string }[] }} [isolation]
 * @property {Record<string, string>} [violationMessages] A field-keyed API's message for each failing keyword (`required`, `format:email`), `{limit}` and the like standing for the failure's parameters.
 *
 * @typedef {object} Catalog
 * @property {string} codeField A top-level property name (`detail`) or a JSON pointer into the error body (`/error/code`).
 * @property {Profile} profile
 * @property {Record<string, CatalogEntry>} codes
 *
 * @typedef {{ catalog: Catalog, problem?: undefined } | { catalog?: undefined, problem: { message: string, path: (string | number)[] } }} CatalogReading
 */

/** @type {import('ajv').ValidateFunction | undefined} */
let validate;

/** @type {WeakMap<object, Map<string, CatalogReading>>} by document, then by catalog key */
const readings = new WeakMap();

/** The document's catalog (at `key`), or the one problem that keeps it from being used. @param {Record<string, any>} doc */
export function readCatalog(doc, key = CATALOG_KEY) {
  let byKey = readings.get(doc);
  if (!byKey) readings.set(doc, (byKey = new Map()));
  let reading = byKey.get(key);
  if (!reading) byKey.set(key, (reading = check(doc[key], key)));
  return reading;
}

/** The catalog (at `key`) when it is usable, else undefined (the catalog rule reports why). @param {Record<string, any>} doc */
export function catalogOf(doc, key = CATALOG_KEY) {
  return readCatalog(doc, key).catalog;
}

/** @param {unknown} value @param {string} key @returns {CatalogReading} */
function check(value, key) {
  if (value === undefined) {
    return { problem: { path: [], message: `the spec has no ${key}: add the API's error guide as data (codeField, profile, codes) at the root` } };
  }
  if (isObject(value) && typeof value.$ref === 'string') {
    return { problem: { path: [key], message: `${key} is a $ref to ${value.$ref}: lint the bundled spec (npm run lint bundles first)` } };
  }
  validate ??= createAjv().compile(errorCatalogSchema);
  if (validate(value)) return { catalog: /** @type {Catalog} */ (value) };
  const errors = validate.errors ?? [];
  // oneOf reports every branch it tried; the last error is the summary ("must match exactly one schema").
  const first = errors.find((error) => error.keyword !== 'oneOf' && error.keyword !== 'const') ?? errors[0];
  const where = toPath(first?.instancePath ?? '');
  const extra = first?.params && 'additionalProperty' in first.params ? ` (${first.params.additionalProperty})` : '';
  const others = errors.length > 1 ? `; ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''} after this one` : '';
  return { problem: { path: [key, ...where], message: `${key} is malformed: ${[key, ...where].join('.')} ${first?.message ?? 'is invalid'}${extra}${others}` } };
}

// ---------------------------------------------------------------------------
// Where the code is in an error body

/** The path of the code inside an error body: `detail` → ['detail'], `/error/code` → ['error', 'code']. @param {Catalog} catalog */
export function codePath(catalog) {
  return isPointer(catalog.codeField) ? toPath(catalog.codeField) : [catalog.codeField];
}

/** The value an error body holds in the code field (undefined when it has none). @param {Catalog} catalog @param {unknown} body */
export function codeIn(catalog, body) {
  return valueAt(body, codePath(catalog));
}

/** The smallest body that carries `value` in the code field: `{ detail: v }`, `{ error: { code: v } }`. @param {Catalog} catalog @param {unknown} value */
export function bodyWithCode(catalog, value) {
  return codePath(catalog).reduceRight((inner, key) => ({ [key]: inner }), value);
}

/** The value the code field holds for this error: its documented message, or the code itself. @param {string} code @param {CatalogEntry} entry */
export function codeValue(code, entry) {
  return entry.message ?? code;
}

/** The catalog code an error body carries, matched only at the code's own status (a 409 saying `not_found` is not the 404). @param {Catalog} catalog @param {string | number} status @param {unknown} body */
export function codeOf(catalog, status, body) {
  const value = codeIn(catalog, body);
  if (typeof value !== 'string') return undefined;
  return Object.keys(catalog.codes).find((code) => {
    const entry = /** @type {CatalogEntry} */ (catalog.codes[code]);
    return entry.status === String(status) && codeValue(code, entry) === value;
  });
}

// ---------------------------------------------------------------------------
// Request-body violations and the codes that answer them

/** @typedef {{ at: string, keyword: string }} FoundViolation A schema violation in a request body: the JSON pointer of the value at fault (for `required`, of the missing one) and the failing keyword. */

/** Whether a JSON pointer matches a catalog violation path, where a `*` segment stands for any one segment. @param {string} pattern @param {string} pointer */
export function violationPathMatches(pattern, pointer) {
  const want = pattern.split('/');
  const got = pointer.split('/');
  return want.length === got.length && want.every((part, index) => part === '*' || part === got[index]);
}

/**
 * The catalog code that answers a refused request body in an operation: the
 * first code, in catalog order, that occurs there and whose `violations` match
 * one of those found. Undefined when none does.
 * @param {Catalog} catalog @param {OperationRef} operation @param {FoundViolation[]} found
 */
export function codeForViolations(catalog, operation, found) {
  return Object.keys(catalog.codes).find((code) => {
    const violations = catalog.codes[code]?.violations ?? [];
    return (
      violations.length > 0 &&
      occursIn(catalog, code, operation) &&
      violations.some((violation) => found.some((hit) => hit.keyword === violation.keyword && violationPathMatches(violation.path, hit.at)))
    );
  });
}

/**
 * The message the API gives a field that fails a schema keyword, from the
 * profile's `violationMessages`: the entry for `format:<name>` before the one
 * for `format`, with `{limit}` and the like filled in from the failure's
 * parameters. Undefined when the catalog words no such failure.
 * @param {Catalog} catalog @param {{ keyword: string, params: Record<string, unknown> }} violation
 */
export function violationMessage(catalog, { keyword, params }) {
  const messages = catalog.profile.violationMessages ?? {};
  const template = (typeof params.format === 'string' ? messages[`${keyword}:${params.format}`] : undefined) ?? messages[keyword];
  return template?.replace(/\{(\w+)\}/g, (placeholder, name) => (name in params ? String(params[name]) : placeholder));
}

/**
 * For a status whose error body is field-keyed (a profile schema whose
 * additional properties are lists of messages, one per field): the property it
 * declares for problems with the request as a whole, e.g. `non_field_errors`.
 * Undefined when the status's body carries one message in the code field.
 * @param {import('./spec.js').Json} doc @param {Catalog} catalog @param {string} status
 */
export function wholeRequestKey(doc, catalog, status) {
  for (const name of catalog.profile.schemas[/** @type {Status} */ (status)] ?? []) {
    const schema = deref(doc, doc.components?.schemas?.[name] ?? {});
    const extra = isObject(schema.additionalProperties) ? deref(doc, schema.additionalProperties) : undefined;
    const declared = Object.keys(isObject(schema.properties) ? schema.properties : {})[0];
    if (extra?.type === 'array' && declared) return declared;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Rate-limit headers by what they say

/** @typedef {{ retryAfter?: string, limit?: string, remaining?: string, reset?: string, bodyRetryAfter?: string[] }} RateLimitHeaders */

/** Each rate-limit header's role, recognised by its name (the profile lists names only). */
const HEADER_ROLES = /** @type {const} */ ([
  ['retryAfter', /^retry-after$/i],
  ['remaining', /remaining$/i],
  ['reset', /reset$/i],
  ['limit', /limit$/i],
]);

/**
 * The profile's rate-limit headers by role (`limit`, `remaining`, `reset`,
 * `retryAfter`, names as written), and where a 429 body repeats the wait
 * (`bodyRetryAfter`, as a path). Undefined when the profile has no `rateLimit`.
 * @param {Catalog} catalog @returns {RateLimitHeaders | undefined}
 */
export function rateLimitHeaders(catalog) {
  const rateLimit = catalog.profile.rateLimit;
  if (!rateLimit) return undefined;
  /** @type {RateLimitHeaders} */
  const headers = {};
  for (const name of rateLimit.headers) {
    const role = HEADER_ROLES.find(([, pattern]) => pattern.test(name))?.[0];
    if (role && !headers[role]) headers[role] = name;
  }
  if (rateLimit.bodyRetryAfter) headers.bodyRetryAfter = toPath(rateLimit.bodyRetryAfter);
  return headers;
}

// ---------------------------------------------------------------------------
// Where a code occurs, and what an operation must declare

/** @typedef {Pick<import('./spec.js').Operation, 'id' | 'security'>} OperationRef */

/** The codes that mean "your credentials were refused". @param {Catalog} catalog @returns {string[]} */
export function authenticationCodes(catalog) {
  return catalog.profile.authentication?.codes ?? [];
}

/** The operations the catalog admits as public (no credentials). @param {Catalog} catalog @returns {string[]} */
export function publicOperations(catalog) {
  return catalog.profile.authentication?.public ?? [];
}

/** Statuses that only a call with credentials can get: those of the authentication codes, and the scope-failure status. @param {Catalog} catalog */
export function credentialStatuses(catalog) {
  const statuses = new Set(authenticationCodes(catalog).flatMap((code) => catalog.codes[code]?.status ?? []));
  const scope = catalog.profile.isolation?.scopeFailure;
  if (scope) statuses.add(scope);
  return statuses;
}

/** @type {WeakMap<CatalogEntry, Set<string>>} */
const operationSets = new WeakMap();

/**
 * Whether a catalog code can occur in an operation: it lists the operation,
 * or says `all`, except that a code about refused credentials does not occur
 * where no credentials are needed.
 * @param {Catalog} catalog @param {string} code @param {OperationRef} operation
 */
export function occursIn(catalog, code, operation) {
  const entry = catalog.codes[code];
  if (!entry) return false;
  if (entry.operations === 'all') return !(operation.security.anonymous && authenticationCodes(catalog).includes(code));
  let ids = operationSets.get(entry);
  if (!ids) operationSets.set(entry, (ids = new Set(entry.operations)));
  return ids.has(operation.id);
}

/** The catalog codes that can occur in an operation, with their entries. @param {Catalog} catalog @param {OperationRef} operation @returns {[string, CatalogEntry][]} */
export function codesIn(catalog, operation) {
  return Object.entries(catalog.codes).filter(([code]) => occursIn(catalog, code, operation));
}

const REQUIRED_BECAUSE = /** @type {const} */ ({
  all: 'of every operation',
  withPathParameters: 'of operations with path parameters',
  withQueryParameters: 'of operations with query parameters',
  withRequestBody: 'of operations with a request body',
});

/**
 * The statuses the profile requires of an operation, each with why. A public
 * operation is not asked for the statuses that only credentials can bring.
 * @param {Catalog} catalog @param {import('./spec.js').Operation} operation
 * @returns {Map<string, string>}
 */
export function requiredStatuses(catalog, operation) {
  const { required } = catalog.profile;
  const applies = { all: true, ...traitsOf(operation) };
  const skip = operation.security.anonymous ? credentialStatuses(catalog) : new Set();
  /** @type {Map<string, string>} */
  const statuses = new Map();
  for (const key of /** @type {(keyof typeof REQUIRED_BECAUSE)[]} */ (Object.keys(REQUIRED_BECAUSE))) {
    if (!applies[key]) continue;
    for (const status of required[key] ?? []) if (!statuses.has(status) && !(key === 'all' && skip.has(status))) statuses.set(status, REQUIRED_BECAUSE[key]);
  }
  return statuses;
}
