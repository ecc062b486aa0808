// @ts-check
// The one ajv setup: JSON Schema 2020-12 (the dialect the contracts declare)
// with ajv-formats. Used to check the error catalog, examples and answers
// against a spec's schemas, and to compile the client's request validators.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { toPlainPointer } from './pointer.js';

// ajv-formats is CommonJS: under Node its default import is the function, under
// tsx and vitest it is the module object holding it as `default`.
const addFormats = /** @type {(ajv: Ajv2020) => Ajv2020} */ (/** @type {any} */ (addFormatsModule).default ?? addFormatsModule);

/**
 * A 2020-12 ajv with formats. `strict: false` by default because OpenAPI
 * schemas carry keywords ajv does not know (`discriminator`, `xml`, `example`).
 * @param {import('ajv').Options} [options]
 */
export function createAjv(options = {}) {
  return addFormats(new Ajv2020({ strict: false, allErrors: true, ...options }));
}

/**
 * @typedef {object} SchemaValidator
 * @property {(pointer: string, value: unknown) => string[]} check Validate `value` against the schema at `pointer` in the spec (e.g. `#/components/schemas/Booking`); error lines, empty when valid.
 * @property {(pointer: string) => import('ajv').ValidateFunction} compiled The compiled validator of the schema at `pointer`.
 * @property {(schema: Record<string, any>) => import('ajv').ValidateFunction} compile A validator of a schema built around the spec's own, which it names as `{ $ref: 'spec#/components/…' }` (e.g. an object of an operation's parameters).
 */

/**
 * Validates values against the schemas of one spec, addressed by JSON pointer,
 * so that `$ref: '#/components/...'` inside them resolves as in the spec.
 * `options` go to ajv, e.g. `{ coerceTypes: true, useDefaults: true }` for
 * values that arrive as text (path and query parameters).
 * @param {Record<string, any>} spec @param {import('ajv').Options} [options] @returns {SchemaValidator}
 */
export function createSchemaValidator(spec, options = {}) {
  const ajv = createAjv(options);
  ajv.addSchema(spec, 'spec');
  /** @type {Map<string, import('ajv').ValidateFunction>} */
  const compiled = new Map();
  const get = (/** @type {string} */ pointer) => {
    let validate = compiled.get(pointer);
    if (!validate) compiled.set(pointer, (validate = ajv.compile({ $ref: `spec${pointer.startsWith('#') ? pointer : `#${pointer}`}` })));
    return validate;
  };
  return {
    compiled: get,
    compile: (schema) => ajv.compile(schema),
    check(pointer, value) {
      const validate = get(pointer);
      if (validate(value)) return [];
      return (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message}`);
    },
  };
}

/**
 * @typedef {object} Violation One failure of a value against its schema, pointed at the value at fault.
 * @property {string} at JSON pointer of the value at fault; for `required`, of the missing value itself.
 * @property {string} keyword The failing keyword (`required`, `pattern`, `minimum`, …).
 * @property {Record<string, any>} params ajv's parameters of the failure (`limit`, `format`, …).
 * @property {string} message ajv's wording, for messages no contract fixes.
 */

/**
 * ajv's errors as violations of the values at fault: a missing property is
 * named by its own path (`/bookings/0/pax`, not `/bookings/0`), as the error
 * catalog's `violations` name it; an unexpected one likewise.
 * @param {readonly import('ajv').ErrorObject[] | null | undefined} errors @returns {Violation[]}
 */
export function violationsOf(errors) {
  return (errors ?? []).map(({ instancePath, keyword, params, message = 'is invalid' }) => {
    const named = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
    const at = typeof named === 'string' ? instancePath + toPlainPointer([named]) : instancePath;
    return { at, keyword, params, message };
  });
}
