// JSON Schema validation against a bundled spec with ajv (draft 2020-12, the
// dialect our specs declare). Schemas are addressed by JSON pointer into the
// spec, so `$ref: '#/components/...'` inside them resolves as in the spec.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Json } from './spec.ts';

const SPEC_ID = 'spec';

export interface SchemaValidator {
  /** Validate `value` against the schema at `pointer` (e.g. `#/components/schemas/Booking`); returns error lines, empty when valid. */
  check(pointer: string, value: unknown): string[];
}

export function createSchemaValidator(spec: Json): SchemaValidator {
  // strict: false because the spec document around the schemas (paths, info,
  // OpenAPI-only keywords such as `example`) is not JSON Schema.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema(spec, SPEC_ID);
  const compiled = new Map<string, ValidateFunction>();
  return {
    check(pointer, value) {
      let validate = compiled.get(pointer);
      if (!validate) {
        validate = ajv.compile({ $ref: `${SPEC_ID}${pointer}` });
        compiled.set(pointer, validate);
      }
      if (validate(value)) return [];
      return (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message}`);
    },
  };
}

/** Escape one key for use in a JSON pointer. */
export function pointerPart(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
