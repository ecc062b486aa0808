// @ts-check
// Error responses (4xx, 5xx, the 4XX/5XX ranges and `default`) are `$ref`s to
// components/responses, so that one error is described once and reads the
// same on every operation.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf } from '../../model/catalog.js';
import { Findings } from '../lib/findings.js';
import { componentName, isErrorStatus, operationsOf } from '../../model/spec.js';
import { catalogKeyOf, optionsSchema } from '../lib/options.js';

/** @typedef {import('../lib/options.js').CatalogOptions & { includeDefault?: boolean }} Options */

export default createRulesetFunction(
  {
    input: { type: 'object' },
    options: optionsSchema({
      includeDefault: { type: 'boolean', default: true, description: 'Whether a `default` response counts as an error response (it answers every status not listed, errors included).' },
    }),
  },
  /** @param {Record<string, any>} doc @param {Options | null} options */
  function errorResponseRefs(doc, options) {
    if (!catalogOf(doc, catalogKeyOf(options))) return [];
    const includeDefault = options?.includeDefault ?? true;
    const findings = new Findings();
    for (const operation of operationsOf(doc)) {
      for (const [status, response] of operation.responses) {
        if (!isErrorStatus(status) || (status === 'default' && !includeDefault) || componentName(response.ref, 'responses') !== undefined) continue;
        const problem =
          response.ref === undefined
            ? `its ${status} response is written inline; $ref a shared one from components/responses`
            : `its ${status} response refers to ${response.ref}, not to a shared response in components/responses`;
        findings.add([...operation.at, 'responses', status], operation.label, problem);
      }
    }
    return findings.results();
  },
);
