// @ts-check
// One trailing-slash convention per API: either every path ends with "/" or
// none does. By default (`convention: majority`) the convention is what most
// paths do (the first path breaks a tie); `slash` or `no-slash` fixes it. The
// others are reported. Clients and mocks treat `/a` and `/a/` as different
// paths, so a mix is almost always a typo.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf } from '../../model/catalog.js';
import { Findings, someOf } from '../lib/findings.js';
import { isObject, operationsOf } from '../../model/spec.js';
import { catalogKeyOf, optionsSchema } from '../lib/options.js';

/** @typedef {import('../lib/options.js').CatalogOptions & { convention?: 'majority' | 'slash' | 'no-slash' }} Options */

export default createRulesetFunction(
  {
    input: { type: 'object' },
    options: optionsSchema({
      convention: {
        enum: ['majority', 'slash', 'no-slash'],
        default: 'majority',
        description: 'Which paths are right: whatever most paths do (`majority`), or every path with (`slash`) or without (`no-slash`) a trailing slash.',
      },
    }),
  },
  /** @param {Record<string, any>} doc @param {Options | null} options */
  function pathStyle(doc, options) {
    if (!catalogOf(doc, catalogKeyOf(options))) return [];
    const wanted = options?.convention ?? 'majority';
    const paths = Object.keys(isObject(doc.paths) ? doc.paths : {}).filter((path) => path !== '/');
    const slashed = paths.filter((path) => path.endsWith('/'));
    const convention =
      wanted !== 'majority' ? wanted === 'slash' : slashed.length * 2 === paths.length ? paths[0]?.endsWith('/') : slashed.length * 2 > paths.length;
    const usual = convention ? slashed.length : paths.length - slashed.length;
    if (usual === paths.length) return [];
    const because = wanted === 'majority' ? `unlike ${usual} of the API's ${paths.length} paths; use one convention` : `but the rule's convention is ${wanted}`;
    /** @type {Map<string, string[]>} */
    const idsByPath = new Map();
    for (const operation of operationsOf(doc)) idsByPath.set(operation.path, [...(idsByPath.get(operation.path) ?? []), operation.id]);
    const findings = new Findings();
    for (const path of paths) {
      if (path.endsWith('/') === convention) continue;
      const ids = idsByPath.get(path) ?? [];
      findings.add(['paths', path], ids.length > 0 ? someOf(ids) : path, `${path} ${convention ? 'lacks' : 'has'} a trailing slash, ${because}`);
    }
    return findings.results();
  },
);
