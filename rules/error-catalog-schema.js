// @ts-check
// The JSON Schema of `x-error-catalog`, read from openapi/ so that the rules
// and every other reader of the catalog validate against one file.
//
// This file sits next to the ruleset entry on purpose. Spectral bundles the
// ruleset to CommonJS with rollup (which cannot import JSON) and runs it with
// a `require` that resolves relative paths from the entry's folder, rules/.
// Under plain Node (or vitest), `import.meta.url` is this file, also in rules/.
// So the same relative path works in both, as long as both files stay here.
import { createRequire } from 'node:module';

const SCHEMA_PATH = '../openapi/error-catalog.schema.json';

/** @returns {(id: string) => unknown} */
function requireFromRules() {
  try {
    // In Spectral's CommonJS bundle this throws: it has no `__filename` to build the URL from.
    return createRequire(import.meta.url);
  } catch {
    return require;
  }
}

/** @type {Record<string, any>} */
export const errorCatalogSchema = /** @type {Record<string, any>} */ (requireFromRules()(SCHEMA_PATH));
