// @ts-check
// Every response body and request body (each media type) has at least one
// NAMED example, in `examples`: docs, mocks and the conformance suite show
// them by name, and catalog codes are matched to examples by name. A lone
// unnamed `example` is reported with a request to name it (unless the
// `allowUnnamed` option accepts it).
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf } from '../../model/catalog.js';
import { Findings } from '../lib/findings.js';
import { examplesOf, mediaTypesOf, operationsOf } from '../../model/spec.js';
import { catalogKeyOf, optionsSchema } from '../lib/options.js';

/** @typedef {import('../lib/options.js').CatalogOptions & { allowUnnamed?: boolean }} Options */

export default createRulesetFunction(
  {
    input: { type: 'object' },
    options: optionsSchema({
      allowUnnamed: { type: 'boolean', default: false, description: 'Whether a single unnamed `example` is enough (by default a body needs a named entry in `examples`).' },
    }),
  },
  /** @param {Record<string, any>} doc @param {Options | null} options */
  function examples(doc, options) {
    if (!catalogOf(doc, catalogKeyOf(options))) return [];
    const allowUnnamed = options?.allowUnnamed ?? false;
    const findings = new Findings();
    for (const operation of operationsOf(doc)) {
      const bodies = [
        { what: 'request body', body: operation.requestBody },
        ...[...operation.responses].map(([status, body]) => ({ what: `${status} response`, body })),
      ];
      for (const { what, body } of bodies) {
        for (const mediaType of mediaTypesOf(body)) {
          const found = examplesOf(doc, mediaType);
          if (found.some((example) => example.name !== undefined || allowUnnamed)) continue;
          if (found.length > 0) {
            findings.add([...mediaType.at, 'example'], operation.label, `its ${what} (${mediaType.type}) has only an unnamed \`example\`; name it: move it under \`examples\` (\`examples: { <name>: { value: … } }\`)`);
          } else {
            findings.add(mediaType.at, operation.label, `its ${what} (${mediaType.type}) has no example; add a named one under \`examples\``);
          }
        }
      }
    }
    return findings.results();
  },
);
