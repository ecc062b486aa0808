import { describe, expect, it } from 'vitest';
import { widgetsSpec } from './fixture.ts';
import { lint } from './harness.ts';

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
});
