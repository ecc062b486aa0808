// @ts-check
// Nothing undocumented slips in: an example under an error status whose code
// field holds a machine code (a snake_case token, or the `codePattern`
// option) shows an error the catalog lists, for that status and that
// operation. A range (`4XX`) covers the statuses it spans, and `default` any
// status. Prose in the code field is a free-form message and is not checked.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf, codeIn, codePath, codeValue, MACHINE_CODE, occursIn } from '../../model/catalog.js';
import { Findings } from '../lib/findings.js';
import { examplesOf, isErrorStatus, mediaTypesOf, operationsOf, statusCovers } from '../../model/spec.js';
import { catalogKeyOf, optionsSchema } from '../lib/options.js';

/** @typedef {import('../lib/options.js').CatalogOptions & { codePattern?: string }} Options */

export default createRulesetFunction(
  {
    input: { type: 'object' },
    options: optionsSchema({
      codePattern: {
        type: 'string',
        format: 'regex',
        default: MACHINE_CODE.source,
        description: "Regular expression a code field value must match to count as a machine code (checked against the catalog) rather than prose; by default the pattern of the catalog schema's code keys.",
      },
    }),
  },
  /** @param {Record<string, any>} doc @param {Options | null} options */
  function undocumentedCodes(doc, options) {
    const key = catalogKeyOf(options);
    const catalog = catalogOf(doc, key);
    if (!catalog) return [];
    const machineCode = options?.codePattern ? new RegExp(options.codePattern) : MACHINE_CODE;
    /** The catalog entries by the value their code field holds. */
    const byValue = new Map(Object.entries(catalog.codes).map(([code, entry]) => [codeValue(code, entry), { code, entry }]));
    const findings = new Findings();
    for (const operation of operationsOf(doc)) {
      for (const [status, response] of operation.responses) {
        if (!isErrorStatus(status)) continue;
        for (const mediaType of mediaTypesOf(response)) {
          for (const example of examplesOf(doc, mediaType)) {
            const value = codeIn(catalog, example.value);
            if (typeof value !== 'string' || !machineCode.test(value)) continue;
            const listed = byValue.get(value);
            const at = [...example.at, ...codePath(catalog)];
            const shows = `its ${status} example${example.name ? ` \`${example.name}\`` : ''} shows \`${value}\``;
            if (!listed) findings.add(at, operation.label, `${shows}, a code ${key} does not list`);
            else if (!statusCovers(status, listed.entry.status)) findings.add(at, operation.label, `${shows}, which ${key} lists under ${listed.entry.status}`);
            else if (!occursIn(catalog, listed.code, operation)) findings.add(at, operation.label, `${shows}, which ${key} does not list for this operation`);
          }
        }
      }
    }
    return findings.results();
  },
);
