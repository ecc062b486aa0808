// @ts-check
// Each operation declares the statuses its API's error profile promises: some
// for every operation, more for operations with path parameters, query
// parameters or a request body.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf, requiredStatuses } from '../../model/catalog.js';
import { Findings } from '../lib/findings.js';
import { operationsOf } from '../../model/spec.js';
import { catalogKeyOf, optionsSchema } from '../lib/options.js';

export default createRulesetFunction(
  { input: { type: 'object' }, options: optionsSchema() },
  /** @param {Record<string, any>} doc @param {import('../lib/options.js').CatalogOptions | null} options */
  function requiredResponses(doc, options) {
    const key = catalogKeyOf(options);
    const catalog = catalogOf(doc, key);
    if (!catalog) return [];
    const findings = new Findings();
    for (const operation of operationsOf(doc)) {
      for (const [status, because] of requiredStatuses(catalog, operation)) {
        if (operation.responses.has(status)) continue;
        const at = operation.node.responses === undefined ? operation.at : [...operation.at, 'responses'];
        findings.add(at, operation.label, `declares no ${status} response, which ${key} requires ${because}`);
      }
    }
    return findings.results();
  },
);
