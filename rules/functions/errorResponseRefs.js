// @ts-check
// Error responses are `$ref`s to components/responses, so that one error is
// described once and reads the same on every operation.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf } from '../lib/catalog.js';
import { Findings } from '../lib/findings.js';
import { componentName, isErrorStatus, operationsOf } from '../lib/openapi.js';

export default createRulesetFunction({ input: { type: 'object' }, options: null }, function errorResponseRefs(doc) {
  if (!catalogOf(doc)) return [];
  const findings = new Findings();
  for (const operation of operationsOf(doc)) {
    for (const [status, response] of operation.responses) {
      if (!isErrorStatus(status) || componentName(response.ref, 'responses') !== undefined) continue;
      const problem =
        response.ref === undefined
          ? `its ${status} response is written inline; $ref a shared one from components/responses`
          : `its ${status} response refers to ${response.ref}, not to a shared response in components/responses`;
      findings.add([...operation.at, 'responses', status], operation.label, problem);
    }
  }
  return findings.results();
});
