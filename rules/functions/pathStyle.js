// @ts-check
// One trailing-slash convention per API: either every path ends with "/" or
// none does. The convention is what most paths do (the first path breaks a
// tie); the others are reported. Clients and mocks treat `/a` and `/a/` as
// different paths, so a mix is almost always a typo.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf } from '../lib/catalog.js';
import { Findings, someOf } from '../lib/findings.js';
import { isObject, operationsOf } from '../lib/openapi.js';

export default createRulesetFunction({ input: { type: 'object' }, options: null }, function pathStyle(doc) {
  if (!catalogOf(doc)) return [];
  const paths = Object.keys(isObject(doc.paths) ? doc.paths : {}).filter((path) => path !== '/');
  const slashed = paths.filter((path) => path.endsWith('/'));
  if (slashed.length === 0 || slashed.length === paths.length) return [];
  const convention = slashed.length * 2 === paths.length ? paths[0]?.endsWith('/') : slashed.length * 2 > paths.length;
  const usual = convention ? slashed.length : paths.length - slashed.length;
  /** @type {Map<string, string[]>} */
  const idsByPath = new Map();
  for (const operation of operationsOf(doc)) idsByPath.set(operation.path, [...(idsByPath.get(operation.path) ?? []), operation.id]);
  const findings = new Findings();
  for (const path of paths) {
    if (path.endsWith('/') === convention) continue;
    const ids = idsByPath.get(path) ?? [];
    const problem = `${path} ${convention ? 'lacks' : 'has'} a trailing slash, unlike ${usual} of the API's ${paths.length} paths; use one convention`;
    findings.add(['paths', path], ids.length > 0 ? someOf(ids) : path, problem);
  }
  return findings.results();
});
