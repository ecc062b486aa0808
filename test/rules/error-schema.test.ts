import { describe, expect, it } from 'vitest';
import { widgetsSpec } from './fixture.ts';
import { lint, ruleWithOptions } from './harness.ts';

const rule = 'contract-error-schema';

describe(rule, () => {
  it('accepts bodies that use the profile’s schemas, alone or in a oneOf', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('reports a shared schema the profile does not allow for the status, once for all operations', async () => {
    const spec = widgetsSpec();
    spec.components.responses.Forbidden.content['application/json'].schema = { $ref: '#/components/schemas/FieldErrors' };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.Forbidden.content.application/json.schema',
        message: 'listWidgets (GET /widgets) and 2 other operations: its 403 body (application/json) uses FieldErrors; x-error-catalog allows Problem for 403',
      },
    ]);
  });

  it('reports an inline body schema', async () => {
    const spec = widgetsSpec();
    spec.components.responses.NotFound.content['application/json'].schema = { type: 'object' };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.NotFound.content.application/json.schema',
        message:
          'getWidget (GET /widgets/{id}): its 404 body (application/json) uses a schema that is not a $ref to components/schemas (or a oneOf of such $refs); x-error-catalog allows Problem for 404',
      },
    ]);
  });

  it('reports an error status the profile gives no shape', async () => {
    const spec = widgetsSpec();
    spec.paths['/widgets/{id}'].get.responses['409'] = { $ref: '#/components/responses/ServerError' };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets/{id}.get.responses.409',
        message: 'getWidget (GET /widgets/{id}): declares 409, a status x-error-catalog gives no error shape (profile.schemas); document it there or drop it',
      },
    ]);
  });
  it('points at the one choice of a oneOf the profile does not allow', async () => {
    const spec = widgetsSpec();
    spec['x-error-catalog'].profile.schemas['400'] = ['FieldErrors'];
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.CreateBadRequest.content.application/json.schema.oneOf.1',
        message: 'createWidget (POST /widgets): its 400 body (application/json) uses Problem; x-error-catalog allows FieldErrors for 400',
      },
    ]);
  });

  it('checks `default` against every schema of the profile and a range against the statuses it covers', async () => {
    const spec = widgetsSpec();
    spec.components.schemas.Other = { type: 'object' };
    spec.components.responses.Odd = {
      description: 'Odd.',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Other' }, examples: { odd: { value: {} } } } },
    };
    const get = spec.paths['/widgets/{id}'].get;
    get.responses.default = { $ref: '#/components/responses/BadRequest' };
    get.responses['4XX'] = { $ref: '#/components/responses/NotFound' };
    expect(await lint(spec, rule)).toEqual([]);
    get.responses.default = { $ref: '#/components/responses/Odd' };
    get.responses['5XX'] = { $ref: '#/components/responses/BadRequest' };
    const defaultProblem = {
      code: rule,
      path: 'components.responses.Odd.content.application/json.schema',
      message: 'getWidget (GET /widgets/{id}): its default body (application/json) uses Other; x-error-catalog allows FieldErrors or Problem for default (any status in profile.schemas)',
    };
    const rangeProblem = {
      code: rule,
      path: 'components.responses.BadRequest.content.application/json.schema',
      message: 'getWidget (GET /widgets/{id}): its 5XX body (application/json) uses FieldErrors; x-error-catalog allows Problem for 5XX (any 5xx status in profile.schemas)',
    };
    expect(await lint(spec, rule)).toEqual([rangeProblem, defaultProblem]);
    expect(await lint(spec, undefined, ruleWithOptions(rule, { includeDefault: false }))).toEqual([rangeProblem]);
  });
});
