// @ts-check
// The one ajv setup: JSON Schema 2020-12 (the dialect the contracts declare)
// with ajv-formats. Used to check the error catalog, examples and answers
// against a spec's schemas, and to compile the client's request validators.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

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
 */

/**
 * Validates values against the schemas of one spec, addressed by JSON pointer,
 * so that `$ref: '#/components/...'` inside them resolves as in the spec.
 * @param {Record<string, any>} spec @returns {SchemaValidator}
 */
export function createSchemaValidator(spec) {
  const ajv = createAjv();
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
    check(pointer, value) {
      const validate = get(pointer);
      if (validate(value)) return [];
      return (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message}`);
    },
  };
}
