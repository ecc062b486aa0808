import { describe, expect, it } from 'vitest';
import { widgetsSpec } from './fixture.ts';
import { lint } from './harness.ts';

const rule = 'contract-rate-limit';

describe(rule, () => {
  it('accepts a 429 with Retry-After and the API’s rate-limit headers', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('reports missing headers, Retry-After included even when the profile does not list it', async () => {
    const spec = widgetsSpec();
    spec.components.responses.TooManyRequests.headers = {};
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.TooManyRequests',
        message: 'listWidgets (GET /widgets) and 2 other operations: its 429 response does not declare Retry-After, RateLimit-Policy',
      },
    ]);
  });

  it('reports an example without the wait the profile says the body gives', async () => {
    const spec = widgetsSpec();
    spec['x-error-catalog'].profile.rateLimit.bodyRetryAfter = '/data/retryAfter';
    const valid = structuredClone(spec);
    valid.components.responses.TooManyRequests.content['application/json'].example = { error: 'Slow down.', data: { retryAfter: 30 } };
    expect(await lint(valid, rule)).toEqual([]);
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.TooManyRequests.content.application/json.example',
        message: 'listWidgets (GET /widgets) and 2 other operations: its 429 example has no number at /data/retryAfter, where x-error-catalog says the body gives the wait',
      },
    ]);
  });
});
