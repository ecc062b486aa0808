import { describe, expect, it } from 'vitest';
import { widgetsSpec, widgetsWithPublicStatus } from './fixture.ts';
import { lint, ruleWithOptions } from './harness.ts';

const rule = 'contract-undocumented-code';

describe(rule, () => {
  it('accepts catalog codes where they occur, and prose messages anywhere', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('reports a machine code the catalog does not list', async () => {
    const spec = widgetsSpec();
    spec.components.responses.ServerError.content['application/json'].examples.fault.value = { error: 'db_down' };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.ServerError.content.application/json.examples.fault.value.error',
        message: 'listWidgets (GET /widgets) and 2 other operations: its 500 example `fault` shows `db_down`, a code x-error-catalog does not list',
      },
    ]);
  });

  it('reports a catalog code under another status', async () => {
    const spec = widgetsSpec();
    spec.components.responses.Forbidden.content['application/json'].examples = { hidden: { value: { error: 'widget_not_found' } } };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.Forbidden.content.application/json.examples.hidden.value.error',
        message: 'listWidgets (GET /widgets) and 2 other operations: its 403 example `hidden` shows `widget_not_found`, which x-error-catalog lists under 404',
      },
    ]);
  });

  it('reports a catalog code on an operation the catalog does not list it for', async () => {
    const spec = widgetsSpec();
    spec.paths['/widgets'].get.responses['400'] = { $ref: '#/components/responses/CreateBadRequest' };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.CreateBadRequest.content.application/json.examples.name_taken.value.error',
        message: 'listWidgets (GET /widgets): its 400 example `name_taken` shows `name_taken`, which x-error-catalog does not list for this operation',
      },
    ]);
  });
  it('reports an authentication code shown on a public operation, where credentials are never refused', async () => {
    const spec = widgetsWithPublicStatus();
    spec.paths['/status'].get.responses['401'] = { $ref: '#/components/responses/Unauthorized' };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.Unauthorized.content.application/json.examples.bad_token.value.error',
        message: 'getStatus (GET /status): its 401 example `bad_token` shows `bad_token`, which x-error-catalog does not list for this operation',
      },
    ]);
  });

  it('reads the code at a JSON pointer inside the body (codeField: /error/code)', async () => {
    const spec = widgetsSpec();
    spec['x-error-catalog'].codeField = '/error/code';
    spec.components.schemas.Problem = { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' } } } } };
    const examples = spec.components.responses.NotFound.content['application/json'].examples;
    examples.widget_not_found.value = { error: { code: 'gadget_not_found' } };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.NotFound.content.application/json.examples.widget_not_found.value.error.code',
        message: 'getWidget (GET /widgets/{id}): its 404 example `widget_not_found` shows `gadget_not_found`, a code x-error-catalog does not list',
      },
    ]);
  });

  it('checks examples under `default` and ranges, where a code of any status they cover is fine', async () => {
    const spec = widgetsSpec();
    spec.components.responses.Problems = {
      description: 'Anything else.',
      content: {
        'application/json': {
          schema: { $ref: '#/components/schemas/Problem' },
          examples: { widget_not_found: { value: { error: 'widget_not_found' } }, db_down: { value: { error: 'db_down' } } },
        },
      },
    };
    const get = spec.paths['/widgets/{id}'].get;
    get.responses['4XX'] = { $ref: '#/components/responses/Problems' };
    get.responses.default = { $ref: '#/components/responses/Problems' };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.Problems.content.application/json.examples.db_down.value.error',
        message: 'getWidget (GET /widgets/{id}): its 4XX example `db_down` shows `db_down`, a code x-error-catalog does not list',
      },
      {
        code: rule,
        path: 'components.responses.Problems.content.application/json.examples.db_down.value.error',
        message: 'getWidget (GET /widgets/{id}): its default example `db_down` shows `db_down`, a code x-error-catalog does not list',
      },
    ]);
    get.responses['5XX'] = { $ref: '#/components/responses/Problems' };
    delete get.responses['4XX'];
    delete get.responses.default;
    delete spec.components.responses.Problems.content['application/json'].examples.db_down;
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.Problems.content.application/json.examples.widget_not_found.value.error',
        message: 'getWidget (GET /widgets/{id}): its 5XX example `widget_not_found` shows `widget_not_found`, which x-error-catalog lists under 404',
      },
    ]);
  });

  it('takes what counts as a machine code from the codePattern option', async () => {
    const spec = widgetsSpec();
    spec.components.responses.ServerError.content['application/json'].examples.fault.value = { error: 'DB-DOWN' };
    expect(await lint(spec, rule)).toEqual([]);
    expect(await lint(spec, undefined, ruleWithOptions(rule, { codePattern: '^[A-Z][A-Z-]*$' }))).toEqual([
      {
        code: rule,
        path: 'components.responses.ServerError.content.application/json.examples.fault.value.error',
        message: 'listWidgets (GET /widgets) and 2 other operations: its 500 example `fault` shows `DB-DOWN`, a code x-error-catalog does not list',
      },
    ]);
  });
});
