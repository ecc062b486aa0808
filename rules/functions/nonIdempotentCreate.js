// @ts-check
// A create (an operation with one of the `methods`, POST by default) is not
// idempotent unless it says otherwise, and a client retrying after a lost
// answer must know which it is. So every create carries the flag, true or
// false, and when it is false the description says so in words.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf } from '../../model/catalog.js';
import { Findings } from '../lib/findings.js';
import { operationsOf } from '../../model/spec.js';
import { catalogKeyOf, optionsSchema } from '../lib/options.js';

/** @typedef {import('../lib/options.js').CatalogOptions & { methods: string[], flag: string, prose: string }} Options */

export default createRulesetFunction(
  {
    input: { type: 'object' },
    options: optionsSchema(
      {
        methods: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'HTTP methods (lower case) whose operations count as creates.' },
        flag: { type: 'string', description: 'The boolean extension that says whether a create is idempotent, e.g. x-idempotent.' },
        prose: { type: 'string', format: 'regex', description: 'Regular expression (case-insensitive) the description must match when the flag is false.' },
      },
      ['methods', 'flag', 'prose'],
    ),
  },
  /** @param {Record<string, any>} doc @param {Options} options */
  function nonIdempotentCreate(doc, options) {
    if (!catalogOf(doc, catalogKeyOf(options))) return [];
    const prose = new RegExp(options.prose, 'i');
    const findings = new Findings();
    for (const operation of operationsOf(doc)) {
      if (!options.methods.includes(operation.method)) continue;
      const flag = operation.node[options.flag];
      // Markdown emphasis must not hide the words: "**Not idempotent**".
      const text = `${operation.node.summary ?? ''}\n${operation.node.description ?? ''}`.replace(/[*_`]/g, '');
      if (typeof flag !== 'boolean') {
        const problem = flag === undefined ? `has no ${options.flag}; set it to false, or to true if retrying is safe` : `has ${options.flag} ${JSON.stringify(flag)}, not true or false`;
        findings.add(flag === undefined ? operation.at : [...operation.at, options.flag], operation.label, problem);
      } else if (!flag && !prose.test(text)) {
        findings.add([...operation.at, options.flag], operation.label, `${options.flag} is false, but its description does not say so (no match for /${options.prose}/i)`);
      } else if (flag && prose.test(text)) {
        findings.add([...operation.at, options.flag], operation.label, `${options.flag} is true, but its description says it is not idempotent`);
      }
    }
    return findings.results();
  },
);
