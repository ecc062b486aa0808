import { describe, expect, it } from 'vitest';
import { widgetsSpec } from './fixture.ts';
import { lint } from './harness.ts';

const rule = 'contract-examples';

describe(rule, () => {
  it('accepts bodies with `example` or named `examples`', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('reports a response body and a request body without examples', async () => {
    const spec = widgetsSpec();
    delete spec.paths['/widgets'].get.responses['200'].content['application/json'].example;
    spec.paths['/widgets'].post.requestBody.content['application/json'].examples = {};
    delete spec.paths['/widgets'].post.requestBody.content['application/json'].example;
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets.get.responses.200.content.application/json',
        message: 'listWidgets (GET /widgets): its 200 response (application/json) has no example',
      },
      {
        code: rule,
        path: 'paths./widgets.post.requestBody.content.application/json',
        message: 'createWidget (POST /widgets): its request body (application/json) has no example',
      },
    ]);
  });
});
