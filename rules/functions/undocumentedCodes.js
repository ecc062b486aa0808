// @ts-check
// Nothing undocumented slips in: an example under an error status whose code
// field holds a machine code (a snake_case token) shows an error the catalog
// lists, for that status and that operation. Prose in the code field is a
// free-form message and is not checked.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf, CATALOG_KEY, codeValue, MACHINE_CODE, occursIn } from '../lib/catalog.js';
import { Findings } from '../lib/findings.js';
import { examplesOf, isErrorStatus, isObject, mediaTypesOf, operationsOf } from '../lib/openapi.js';

export default createRulesetFunction({ input: { type: 'object' }, options: null }, function undocumentedCodes(doc) {
  const catalog = catalogOf(doc);
  if (!catalog) return [];
  /** The catalog entries by the value their code field holds. */
  const byValue = new Map(Object.entries(catalog.codes).map(([code, entry]) => [codeValue(code, entry), { code, entry }]));
  const findings = new Findings();
  for (const operation of operationsOf(doc)) {
    for (const [status, response] of operation.responses) {
      if (!isErrorStatus(status)) continue;
      for (const mediaType of mediaTypesOf(response)) {
        for (const example of examplesOf(doc, mediaType)) {
          const value = isObject(example.value) ? example.value[catalog.codeField] : undefined;
          if (typeof value !== 'string' || !MACHINE_CODE.test(value)) continue;
          const listed = byValue.get(value);
          const shows = `its ${status} example${example.name ? ` \`${example.name}\`` : ''} shows \`${value}\``;
          if (!listed) findings.add(example.at, operation.label, `${shows}, a code ${CATALOG_KEY} does not list`);
          else if (listed.entry.status !== status) findings.add(example.at, operation.label, `${shows}, which ${CATALOG_KEY} lists under ${listed.entry.status}`);
          else if (!occursIn(listed.entry, operation.id)) findings.add(example.at, operation.label, `${shows}, which ${CATALOG_KEY} does not list for this operation`);
        }
      }
    }
  }
  return findings.results();
});
