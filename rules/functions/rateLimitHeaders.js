// @ts-check
// Every rate-limit response (the profile's rateLimit.status, else the
// `defaultStatus` option) declares the headers a client needs to back off:
// those the options always require (Retry-After) and the API's own
// rate-limit headers. When the profile says the wait is also given in the
// body (bodyRetryAfter), every example of that body has it.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf, CATALOG_KEY } from '../lib/catalog.js';
import { Findings } from '../lib/findings.js';
import { examplesOf, isObject, mediaTypesOf, operationsOf } from '../lib/openapi.js';

/** @typedef {{ defaultStatus: string, alwaysRequired: string[] }} Options */

/** The value at a JSON pointer such as `/data/retryAfter`, or undefined. */
function at(/** @type {unknown} */ value, /** @type {string} */ pointer) {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((current, key) => (isObject(current) ? current[key] : undefined), value);
}

export default createRulesetFunction(
  {
    input: { type: 'object' },
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['defaultStatus', 'alwaysRequired'],
      properties: {
        defaultStatus: { type: 'string', pattern: '^[1-5][0-9][0-9]$', description: 'The rate-limit status when the profile has no rateLimit.' },
        alwaysRequired: { type: 'array', items: { type: 'string' }, description: 'Headers every rate-limit response declares, whatever the profile says.' },
      },
    },
  },
  /** @param {Record<string, any>} doc @param {Options} options */
  function rateLimitHeaders(doc, options) {
    const catalog = catalogOf(doc);
    if (!catalog) return [];
    const { rateLimit } = catalog.profile;
    const status = rateLimit?.status ?? options.defaultStatus;
    const wanted = [...new Map([...options.alwaysRequired, ...(rateLimit?.headers ?? [])].map((name) => [name.toLowerCase(), name])).values()];
    const findings = new Findings();
    for (const operation of operationsOf(doc)) {
      const response = operation.responses.get(status);
      if (!isObject(response?.node)) continue;
      const declared = new Set(Object.keys(isObject(response.node.headers) ? response.node.headers : {}).map((name) => name.toLowerCase()));
      const missing = wanted.filter((name) => !declared.has(name.toLowerCase()));
      if (missing.length > 0) findings.add(response.at, operation.label, `its ${status} response does not declare ${missing.join(', ')}`);
      if (!rateLimit?.bodyRetryAfter) continue;
      for (const mediaType of mediaTypesOf(response)) {
        for (const example of examplesOf(doc, mediaType)) {
          if (typeof at(example.value, rateLimit.bodyRetryAfter) === 'number') continue;
          const name = example.name ? ` \`${example.name}\`` : '';
          findings.add(example.at, operation.label, `its ${status} example${name} has no number at ${rateLimit.bodyRetryAfter}, where ${CATALOG_KEY} says the body gives the wait`);
        }
      }
    }
    return findings.results();
  },
);
