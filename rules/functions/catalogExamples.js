// @ts-check
// Every catalog code has an example, named after the code, under its status on
// each operation where it can occur, and that example's code field holds the
// code (or, for APIs whose code field holds prose, the documented message).
// An operation without the status at all is reported once per status, and
// not here when the profile requires that status (contract-required-responses
// says so already).
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf, codeIn, codePath, codesIn, codeValue, requiredStatuses } from '../../model/catalog.js';
import { Findings } from '../lib/findings.js';
import { examplesOf, isObject, mediaTypesOf, operationsOf } from '../../model/spec.js';
import { catalogKeyOf, optionsSchema } from '../lib/options.js';

/** Where a missing named example goes: the first media type's `examples`, else the media type, else the response's content. @param {import('../../model/spec.js').Located} response */
function exampleHome(response) {
  const [first] = mediaTypesOf(response);
  if (first) return isObject(first.node.examples) ? [...first.at, 'examples'] : first.at;
  return isObject(response.node?.content) ? [...response.at, 'content'] : response.at;
}

export default createRulesetFunction(
  { input: { type: 'object' }, options: optionsSchema() },
  /** @param {Record<string, any>} doc @param {import('../lib/options.js').CatalogOptions | null} options */
  function catalogExamples(doc, options) {
    const key = catalogKeyOf(options);
    const catalog = catalogOf(doc, key);
    if (!catalog) return [];
    const findings = new Findings();
    for (const operation of operationsOf(doc)) {
      /** @type {Map<string, string[]>} codes whose status the operation lacks, by status */
      const undeclared = new Map();
      for (const [code, entry] of codesIn(catalog, operation)) {
        const response = operation.responses.get(entry.status);
        if (!response) {
          undeclared.set(entry.status, [...(undeclared.get(entry.status) ?? []), `\`${code}\``]);
          continue;
        }
        const named = mediaTypesOf(response).flatMap((mediaType) => examplesOf(doc, mediaType).filter((example) => example.name === code));
        if (named.length === 0) {
          findings.add(exampleHome(response), operation.label, `its ${entry.status} response has no example named \`${code}\`, which ${key} documents for it`);
        }
        const expected = codeValue(code, entry);
        for (const example of named) {
          const actual = codeIn(catalog, example.value);
          if (actual === expected) continue;
          const holds = actual === undefined ? `has no ${catalog.codeField}` : `has ${catalog.codeField} ${JSON.stringify(actual)}`;
          const at = actual === undefined ? example.at : [...example.at, ...codePath(catalog)];
          findings.add(at, operation.label, `its ${entry.status} example \`${code}\` ${holds}; ${key} says ${JSON.stringify(expected)}`);
        }
      }
      const required = requiredStatuses(catalog, operation);
      for (const [status, codes] of undeclared) {
        if (required.has(status)) continue;
        const occurs = codes.length > 1 ? `${codes.join(', ')} occur` : `${codes[0]} occurs`;
        findings.add([...operation.at, 'responses'], operation.label, `declares no ${status} response, where ${key} says ${occurs}`);
      }
    }
    return findings.results();
  },
);
