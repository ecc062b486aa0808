// @ts-check
// The spec carries a usable `x-error-catalog`. Every other contract rule reads
// it and stays silent without it, so this is the one place that says why.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { readCatalog } from '../lib/catalog.js';

export default createRulesetFunction({ input: { type: 'object' }, options: null }, function errorCatalog(doc) {
  const { problem } = readCatalog(doc);
  return problem ? [problem] : [];
});
