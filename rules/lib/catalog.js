// @ts-check
// Reading `x-error-catalog`: the API's error guide as data, which drives every
// contract rule. It is validated once per document against
// openapi/error-catalog.schema.json. A missing or malformed catalog is
// reported by `contract-error-catalog` alone; every other rule then stays
// silent, so the user sees one clear error instead of a cascade.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { errorCatalogSchema } from '../error-catalog-schema.js';
import { isObject, traitsOf } from './openapi.js';

/** Where the catalog sits in a spec unless a rule's `catalogKey` option says otherwise. */
export const CATALOG_KEY = 'x-error-catalog';

/** A machine code, as the catalog schema defines its keys (a snake_case token): one definition for both. */
export const MACHINE_CODE = new RegExp(
  errorCatalogSchema.properties?.codes?.propertyNames?.pattern ??
    (() => {
      throw new Error('openapi/error-catalog.schema.json no longer has codes.propertyNames.pattern, which the contract rules read');
    })(),
);

/**
 * @typedef {object} CatalogEntry
 * @property {string} status
 * @property {'all' | string[]} operations
 * @property {string} meaning
 * @property {string} [message]
 *
 * @typedef {object} Catalog
 * @property {string} codeField
 * @property {{
 *   required: { all: string[], withPathParameters?: string[], withQueryParameters?: string[], withRequestBody?: string[] },
 *   schemas: Record<string, string[]>,
 *   rateLimit?: { status: string, headers: string[], bodyRetryAfter?: string },
 *   isolation?: { missingResource?: string, scopeFailure?: string, scopeFailureResponse?: string, foreignReferences?: { in: 'body' | 'query', name: string, code: string }[] },
 * }} profile
 * @property {Record<string, CatalogEntry>} codes
 *
 * @typedef {{ catalog: Catalog, problem?: undefined } | { catalog?: undefined, problem: { message: string, path: (string | number)[] } }} CatalogReading
 */

/** @type {import('ajv').ValidateFunction | undefined} */
let validate;

/** @type {WeakMap<object, Map<string, CatalogReading>>} by document, then by catalog key */
const readings = new WeakMap();

/** The document's catalog (at `key`), or the one problem that keeps it from being used. */
export function readCatalog(/** @type {Record<string, any>} */ doc, key = CATALOG_KEY) {
  let byKey = readings.get(doc);
  if (!byKey) readings.set(doc, (byKey = new Map()));
  let reading = byKey.get(key);
  if (!reading) byKey.set(key, (reading = check(doc[key], key)));
  return reading;
}

/** The catalog (at `key`) when it is usable, else undefined (the catalog rule reports why). */
export function catalogOf(/** @type {Record<string, any>} */ doc, key = CATALOG_KEY) {
  return readCatalog(doc, key).catalog;
}

/** @param {unknown} value @param {string} key @returns {CatalogReading} */
function check(value, key) {
  if (value === undefined) {
    return { problem: { path: [], message: `the spec has no ${key}: add the API's error guide as data (codeField, profile, codes) at the root` } };
  }
  if (isObject(value) && typeof value.$ref === 'string') {
    return {
      problem: {
        path: [key],
        message: `${key} is a $ref to ${value.$ref}: lint the bundled spec (redocly bundle, or npm run lint, which bundles first)`,
      },
    };
  }
  validate ??= new Ajv2020({ allErrors: true, strict: false }).compile(errorCatalogSchema);
  if (validate(value)) return { catalog: /** @type {Catalog} */ (value) };
  const errors = validate.errors ?? [];
  // oneOf reports every branch it tried; the last error is the summary ("must match exactly one schema").
  const first = errors.find((error) => error.keyword !== 'oneOf' && error.keyword !== 'const') ?? errors[0];
  const where = (first?.instancePath ?? '').split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = first?.params && 'additionalProperty' in first.params ? ` (${first.params.additionalProperty})` : '';
  const others = errors.length > 1 ? `; ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''} after this one` : '';
  return {
    problem: {
      path: [key, ...where],
      message: `${key} is malformed: ${[key, ...where].join('.')} ${first?.message ?? 'is invalid'}${extra}${others}`,
    },
  };
}

const REQUIRED_BECAUSE = /** @type {const} */ ({
  all: 'of every operation',
  withPathParameters: 'of operations with path parameters',
  withQueryParameters: 'of operations with query parameters',
  withRequestBody: 'of operations with a request body',
});

/**
 * The statuses the profile requires of an operation, each with why.
 * @param {Catalog} catalog @param {import('./openapi.js').Operation} operation
 * @returns {Map<string, string>}
 */
export function requiredStatuses(catalog, operation) {
  const { required } = catalog.profile;
  const applies = { all: true, ...traitsOf(operation) };
  /** @type {Map<string, string>} */
  const statuses = new Map();
  for (const key of /** @type {(keyof typeof REQUIRED_BECAUSE)[]} */ (Object.keys(REQUIRED_BECAUSE))) {
    if (!applies[key]) continue;
    for (const status of required[key] ?? []) if (!statuses.has(status)) statuses.set(status, REQUIRED_BECAUSE[key]);
  }
  return statuses;
}

/** @type {WeakMap<CatalogEntry, Set<string>>} */
const operationSets = new WeakMap();

/** Whether the catalog entry applies to the operation with this id. */
export function occursIn(/** @type {CatalogEntry} */ entry, /** @type {string} */ operationId) {
  if (entry.operations === 'all') return true;
  let ids = operationSets.get(entry);
  if (!ids) {
    ids = new Set(entry.operations);
    operationSets.set(entry, ids);
  }
  return ids.has(operationId);
}

/** The value the code field holds for this error: its documented message, or the code itself. */
export function codeValue(/** @type {string} */ code, /** @type {CatalogEntry} */ entry) {
  return entry.message ?? code;
}
