// @ts-check
// Options schemas for the contract functions. Every function takes
// `catalogKey` (where the spec keeps its error guide, `x-error-catalog` by
// default) plus its own switches. Spectral validates `functionOptions`
// against these schemas when the ruleset loads (a typo in ruleset.js is an
// error, not a silently ignored option) and passes `null` when a rule gives
// none, so every option is optional and its default lives in the function.
import { CATALOG_KEY } from '../../model/catalog.js';

/** @typedef {{ catalogKey?: string }} CatalogOptions */
/** @typedef {NonNullable<Parameters<typeof import('@stoplight/spectral-core').createRulesetFunction>[0]['options']>} OptionsSchema */

/** The `catalogKey` option, shared by every function. */
const catalogKey = {
  type: 'string',
  pattern: '^x-',
  default: CATALOG_KEY,
  description: 'The specification extension at the root of the spec that holds the error catalog.',
};

/**
 * A function's options schema: `catalogKey` and `properties`, nothing else;
 * `null` (no functionOptions) is allowed unless `required` names an option.
 * @param {Record<string, object>} [properties] @param {string[]} [required]
 * @returns {OptionsSchema}
 */
export function optionsSchema(properties = {}, required = []) {
  return /** @type {OptionsSchema} */ ({
    type: required.length > 0 ? 'object' : ['object', 'null'],
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {}),
    properties: { catalogKey, ...properties },
  });
}

/** The catalog key the options name, or the default. */
export function catalogKeyOf(/** @type {CatalogOptions | null | undefined} */ options) {
  return options?.catalogKey ?? CATALOG_KEY;
}
