// @ts-check
// Every catalog code has an example, named after the code, under its status on
// each operation where it can occur, and that example's code field holds the
// code (or, for APIs whose code field holds prose, the documented message).
// An operation without the status at all is reported once per status, and
// not here when the profile requires that status (contract-required-responses
// says so already).
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf, CATALOG_KEY, codeValue, occursIn, requiredStatuses } from '../lib/catalog.js';
import { Findings } from '../lib/findings.js';
import { examplesOf, isObject, mediaTypesOf, operationsOf } from '../lib/openapi.js';

export default createRulesetFunction({ input: { type: 'object' }, options: null }, function catalogExamples(doc) {
  const catalog = catalogOf(doc);
  if (!catalog) return [];
  const findings = new Findings();
  for (const operation of operationsOf(doc)) {
    /** @type {Map<string, string[]>} codes whose status the operation lacks, by status */
    const undeclared = new Map();
    for (const [code, entry] of Object.entries(catalog.codes)) {
      if (!occursIn(entry, operation.id)) continue;
      const response = operation.responses.get(entry.status);
      if (!response) {
        undeclared.set(entry.status, [...(undeclared.get(entry.status) ?? []), `\`${code}\``]);
        continue;
      }
      const named = mediaTypesOf(response).flatMap((mediaType) => examplesOf(doc, mediaType).filter((example) => example.name === code));
      if (named.length === 0) {
        findings.add(response.at, operation.label, `its ${entry.status} response has no example named \`${code}\`, which ${CATALOG_KEY} documents for it`);
      }
      const expected = codeValue(code, entry);
      for (const example of named) {
        const actual = isObject(example.value) ? example.value[catalog.codeField] : undefined;
        if (actual === expected) continue;
        const holds = actual === undefined ? `has no ${catalog.codeField}` : `has ${catalog.codeField} ${JSON.stringify(actual)}`;
        findings.add(example.at, operation.label, `its ${entry.status} example \`${code}\` ${holds}; ${CATALOG_KEY} says ${JSON.stringify(expected)}`);
      }
    }
    const required = requiredStatuses(catalog, operation);
    for (const [status, codes] of undeclared) {
      if (required.has(status)) continue;
      const occurs = codes.length > 1 ? `${codes.join(', ')} occur` : `${codes[0]} occurs`;
      findings.add([...operation.at, 'responses'], operation.label, `declares no ${status} response, where ${CATALOG_KEY} says ${occurs}`);
    }
  }
  return findings.results();
});
