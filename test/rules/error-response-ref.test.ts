import { describe, expect, it } from 'vitest';
import { widgetsSpec } from './fixture.ts';
import { lint, ruleWithOptions } from './harness.ts';

const rule = 'contract-error-response-ref';

describe(rule, () => {
  it('accepts error responses that are $refs to components/responses', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('reports an error response written inline', async () => {
    const spec = widgetsSpec();
    spec.paths['/widgets'].get.responses['401'] = spec.components.responses.Unauthorized;
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets.get.responses.401',
        message: 'listWidgets (GET /widgets): its 401 response is written inline; $ref a shared one from components/responses',
      },
    ]);
  });

  it('reports an error response that refers outside components/responses', async () => {
    const spec = widgetsSpec();
    spec.paths['/widgets'].post.responses['500'] = { $ref: '#/paths/~1widgets/get/responses/500' };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets.post.responses.500',
        message: 'createWidget (POST /widgets): its 500 response refers to #/paths/~1widgets/get/responses/500, not to a shared response in components/responses',
      },
    ]);
  });
  it('treats `default` and the 4XX/5XX ranges as error responses', async () => {
    const spec = widgetsSpec();
    spec.paths['/widgets/{id}'].get.responses.default = spec.components.responses.ServerError;
    spec.paths['/widgets/{id}'].get.responses['5XX'] = spec.components.responses.ServerError;
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets/{id}.get.responses.default',
        message: 'getWidget (GET /widgets/{id}): its default response is written inline; $ref a shared one from components/responses',
      },
      {
        code: rule,
        path: 'paths./widgets/{id}.get.responses.5XX',
        message: 'getWidget (GET /widgets/{id}): its 5XX response is written inline; $ref a shared one from components/responses',
      },
    ]);
    expect(await lint(spec, undefined, ruleWithOptions(rule, { includeDefault: false }))).toEqual([
      {
        code: rule,
        path: 'paths./widgets/{id}.get.responses.5XX',
        message: 'getWidget (GET /widgets/{id}): its 5XX response is written inline; $ref a shared one from components/responses',
      },
    ]);
  });
});
