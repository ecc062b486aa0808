import { describe, expect, it } from 'vitest';
import { widgetsSpec } from './fixture.ts';
import { lint } from './harness.ts';

const rule = 'contract-undocumented-code';

describe(rule, () => {
  it('accepts catalog codes where they occur, and prose messages anywhere', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('reports a machine code the catalog does not list', async () => {
    const spec = widgetsSpec();
    spec.components.responses.ServerError.content['application/json'].example = { error: 'db_down' };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.ServerError.content.application/json.example',
        message: 'listWidgets (GET /widgets) and 2 other operations: its 500 example shows `db_down`, a code x-error-catalog does not list',
      },
    ]);
  });

  it('reports a catalog code under another status', async () => {
    const spec = widgetsSpec();
    spec.components.responses.Forbidden.content['application/json'].examples = { hidden: { value: { error: 'widget_not_found' } } };
    delete spec.components.responses.Forbidden.content['application/json'].example;
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.Forbidden.content.application/json.examples.hidden.value',
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
        path: 'components.responses.CreateBadRequest.content.application/json.examples.name_taken.value',
        message: 'listWidgets (GET /widgets): its 400 example `name_taken` shows `name_taken`, which x-error-catalog does not list for this operation',
      },
    ]);
  });
});
