// @ts-check
// Every response body and request body has an example (`example`, or at least
// one entry in `examples`): docs, mocks and the conformance suite show them.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf } from '../lib/catalog.js';
import { Findings } from '../lib/findings.js';
import { mediaTypesOf, operationsOf } from '../lib/openapi.js';

/** @param {Record<string, any>} node */
function hasExample(node) {
  return node.example !== undefined || Object.keys(node.examples ?? {}).length > 0;
}

export default createRulesetFunction({ input: { type: 'object' }, options: null }, function examples(doc) {
  if (!catalogOf(doc)) return [];
  const findings = new Findings();
  for (const operation of operationsOf(doc)) {
    const bodies = [
      { what: 'request body', body: operation.requestBody },
      ...[...operation.responses].map(([status, body]) => ({ what: `${status} response`, body })),
    ];
    for (const { what, body } of bodies) {
      for (const mediaType of mediaTypesOf(body)) {
        if (!hasExample(mediaType.node)) findings.add(mediaType.at, operation.label, `its ${what} (${mediaType.type}) has no example`);
      }
    }
  }
  return findings.results();
});
