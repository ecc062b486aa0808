// @ts-check
// Each operation declares the statuses its API's error profile promises: some
// for every operation, more for operations with path parameters, query
// parameters or a request body.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf, CATALOG_KEY, requiredStatuses } from '../lib/catalog.js';
import { Findings } from '../lib/findings.js';
import { operationsOf } from '../lib/openapi.js';

export default createRulesetFunction({ input: { type: 'object' }, options: null }, function requiredResponses(doc) {
  const catalog = catalogOf(doc);
  if (!catalog) return [];
  const findings = new Findings();
  for (const operation of operationsOf(doc)) {
    for (const [status, because] of requiredStatuses(catalog, operation)) {
      if (operation.responses.has(status)) continue;
      const at = operation.node.responses === undefined ? operation.at : [...operation.at, 'responses'];
      findings.add(at, operation.label, `declares no ${status} response, which ${CATALOG_KEY} requires ${because}`);
    }
  }
  return findings.results();
});
