// @ts-check
// The spec carries a usable catalog (`x-error-catalog`, or the `catalogKey`
// option). Every other contract rule reads it and stays silent without it, so
// this is the one place that says why.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { readCatalog } from '../../model/catalog.js';
import { catalogKeyOf, optionsSchema } from '../lib/options.js';

export default createRulesetFunction(
  { input: { type: 'object' }, options: optionsSchema() },
  /** @param {Record<string, any>} doc @param {import('../lib/options.js').CatalogOptions | null} options */
  function errorCatalog(doc, options) {
    const { problem } = readCatalog(doc, catalogKeyOf(options));
    return problem ? [problem] : [];
  },
);
