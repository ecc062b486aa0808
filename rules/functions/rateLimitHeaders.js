// @ts-check
// Every rate-limit response (the profile's rateLimit.status, else the
// `defaultStatus` option) declares the headers a client needs to back off:
// those the options always require (Retry-After) and the API's own
// rate-limit headers. When the profile says the wait is also given in the
// body (bodyRetryAfter), every example of that body has it.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf } from '../../model/catalog.js';
import { Findings } from '../lib/findings.js';
import { toPath } from '../../model/pointer.js';
import { examplesOf, isObject, mediaTypesOf, operationsOf } from '../../model/spec.js';
import { catalogKeyOf, optionsSchema } from '../lib/options.js';

/** @typedef {import('../lib/options.js').CatalogOptions & { defaultStatus: string, alwaysRequired: string[] }} Options */

/**
 * Follow a JSON pointer such as `/data/retryAfter` into `value`: what is
 * there (or undefined), and the path of the deepest part that exists.
 * @param {unknown} value @param {string} pointer @param {(string | number)[]} at
 */
function follow(value, pointer, at) {
  let current = value;
  const reached = [...at];
  for (const part of toPath(pointer)) {
    if (!isObject(current) || !(part in current)) return { found: undefined, reached };
    current = current[part];
    reached.push(part);
  }
  return { found: current, reached };
}

export default createRulesetFunction(
  {
    input: { type: 'object' },
    options: optionsSchema(
      {
        defaultStatus: { type: 'string', pattern: '^[1-5][0-9][0-9]$', description: 'The rate-limit status when the profile has no rateLimit.' },
        alwaysRequired: { type: 'array', items: { type: 'string' }, description: 'Headers every rate-limit response declares, whatever the profile says.' },
      },
      ['defaultStatus', 'alwaysRequired'],
    ),
  },
  /** @param {Record<string, any>} doc @param {Options} options */
  function rateLimitHeaders(doc, options) {
    const key = catalogKeyOf(options);
    const catalog = catalogOf(doc, key);
    if (!catalog) return [];
    const { rateLimit } = catalog.profile;
    const status = rateLimit?.status ?? options.defaultStatus;
    const wanted = [...new Map([...options.alwaysRequired, ...(rateLimit?.headers ?? [])].map((name) => [name.toLowerCase(), name])).values()];
    const findings = new Findings();
    for (const operation of operationsOf(doc)) {
      const response = operation.responses.get(status);
      if (!isObject(response?.node)) continue;
      const headers = isObject(response.node.headers) ? response.node.headers : undefined;
      const declared = new Set(Object.keys(headers ?? {}).map((name) => name.toLowerCase()));
      const missing = wanted.filter((name) => !declared.has(name.toLowerCase()));
      if (missing.length > 0) findings.add(headers ? [...response.at, 'headers'] : response.at, operation.label, `its ${status} response does not declare ${missing.join(', ')}`);
      if (!rateLimit?.bodyRetryAfter) continue;
      for (const mediaType of mediaTypesOf(response)) {
        for (const example of examplesOf(doc, mediaType)) {
          const { found, reached } = follow(example.value, rateLimit.bodyRetryAfter, example.at);
          if (typeof found === 'number') continue;
          const name = example.name ? ` \`${example.name}\`` : '';
          findings.add(reached, operation.label, `its ${status} example${name} has no number at ${rateLimit.bodyRetryAfter}, where ${key} says the body gives the wait`);
        }
      }
    }
    return findings.results();
  },
);
