import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../model/registry.js';
import { createSourceLocator } from '../../tools/bundle/source-location.ts';
import { widgetsSpec } from './fixture.ts';
import { lint } from './harness.ts';

const rule = 'contract-rate-limit';

describe(rule, () => {
  it('accepts a 429 with Retry-After and the API’s rate-limit headers', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('reports missing headers at the headers key, Retry-After included even when the profile does not list it', async () => {
    const spec = widgetsSpec();
    spec.components.responses.TooManyRequests.headers = { 'RateLimit-Policy': { $ref: '#/components/headers/RateLimitPolicy' } };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.TooManyRequests.headers',
        message: 'listWidgets (GET /widgets) and 2 other operations: its 429 response does not declare Retry-After',
      },
    ]);
  });

  it('reports a response without headers at the response', async () => {
    const spec = widgetsSpec();
    delete spec.components.responses.TooManyRequests.headers;
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.TooManyRequests',
        message: 'listWidgets (GET /widgets) and 2 other operations: its 429 response does not declare Retry-After, RateLimit-Policy',
      },
    ]);
  });

  it('gives a path that npm run lint maps to the headers line of the hand-written component, not to its line 1', () => {
    const file = join(projectRoot, 'openapi/campone/components/responses/TooManyRequests.yaml');
    const headersLine = readFileSync(file, 'utf8').split('\n').indexOf('headers:');
    expect(headersLine).toBeGreaterThan(0);
    const locate = createSourceLocator(join(projectRoot, 'openapi/campone/openapi.yaml'));
    expect(locate(['components', 'responses', 'TooManyRequests', 'headers'])).toEqual({ file, line: headersLine, character: 0 });
  });

  it('reports an example without the wait the profile says the body gives, at the deepest part of the pointer it has', async () => {
    const spec = widgetsSpec();
    spec['x-error-catalog'].profile.rateLimit.bodyRetryAfter = '/data/retryAfter';
    const examples = spec.components.responses.TooManyRequests.content['application/json'].examples;
    const valid = structuredClone(spec);
    valid.components.responses.TooManyRequests.content['application/json'].examples.slow_down.value = { error: 'Slow down.', data: { retryAfter: 30 } };
    expect(await lint(valid, rule)).toEqual([]);
    examples.slow_down.value = { error: 'Slow down.', data: { retryAfter: '30' } };
    examples.no_data = { value: { error: 'Slow down.' } };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.TooManyRequests.content.application/json.examples.slow_down.value.data.retryAfter',
        message: 'listWidgets (GET /widgets) and 2 other operations: its 429 example `slow_down` has no number at /data/retryAfter, where x-error-catalog says the body gives the wait',
      },
      {
        code: rule,
        path: 'components.responses.TooManyRequests.content.application/json.examples.no_data.value',
        message: 'listWidgets (GET /widgets) and 2 other operations: its 429 example `no_data` has no number at /data/retryAfter, where x-error-catalog says the body gives the wait',
      },
    ]);
  });
});
