import { describe, expect, it } from 'vitest';
import { widgetsSpec } from './fixture.ts';
import { lint } from './harness.ts';

const rule = 'contract-tenant-isolation';

describe(rule, () => {
  it('accepts detail endpoints with 404, one shared 403 and scoped security everywhere', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('reports a detail endpoint without the missing-resource status', async () => {
    const spec = widgetsSpec();
    delete spec.paths['/widgets/{id}'].get.responses['404'];
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets/{id}.get.responses',
        message:
          "getWidget (GET /widgets/{id}): is a detail endpoint without a 404 response; x-error-catalog says a missing or another tenant's resource is answered with 404",
      },
    ]);
  });

  it('reports a scope-failure response that differs from the shared one', async () => {
    const spec = widgetsSpec();
    spec.components.responses.NotYours = { description: 'This widget belongs to another tenant.' };
    spec.paths['/widgets/{id}'].get.responses['403'] = { $ref: '#/components/responses/NotYours' };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets/{id}.get.responses.403',
        message:
          'getWidget (GET /widgets/{id}): its 403 response is #/components/responses/NotYours, not #/components/responses/Forbidden like the other operations; x-error-catalog reserves 403 for scope failures, so it reads the same everywhere',
      },
    ]);
  });

  it('reports operations without security, or without scopes when 403 means a missing scope', async () => {
    const spec = widgetsSpec();
    spec.paths['/widgets/{id}'].get.security = [];
    spec.paths['/widgets'].post.security = [{ token: [] }];
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets.post.security',
        message: 'createWidget (POST /widgets): its security requirement names no scope, but x-error-catalog says 403 means a missing scope',
      },
      {
        code: rule,
        path: 'paths./widgets/{id}.get',
        message: 'getWidget (GET /widgets/{id}): has no security requirement (or allows anonymous calls with {}); name the scheme and its scopes',
      },
    ]);
  });

  it('asks for no scopes when the profile has no scope-failure status', async () => {
    const spec = widgetsSpec();
    delete spec['x-error-catalog'].profile.isolation.scopeFailure;
    spec.security = [{ token: [] }];
    spec.paths['/widgets'].post.security = [{ token: [] }];
    expect(await lint(spec, rule)).toEqual([]);
  });

  it('reports an operation whose request names a tenant-owned resource without the catalog code for a foreign one', async () => {
    const spec = widgetsSpec();
    spec.paths['/widgets'].post.requestBody.content['application/json'].schema = { $ref: '#/components/schemas/WidgetCreate' };
    spec.components.schemas.WidgetCreate = { type: 'object', properties: { parts: { type: 'array', items: { properties: { gadget_id: { type: 'integer' } } } } } };
    const catalog = spec['x-error-catalog'];
    catalog.codes.gadget_not_found = { status: '400', operations: ['createWidget'], meaning: 'No such gadget for this tenant.' };
    catalog.profile.isolation.foreignReferences = [
      { in: 'body', name: 'gadget_id', code: 'gadget_not_found' },
      { in: 'query', name: 'color', code: 'gadget_not_found' },
    ];
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets.get',
        message:
          "listWidgets (GET /widgets): its query has `color`, which names a tenant-owned resource, but x-error-catalog does not list `gadget_not_found` (the answer to another tenant's value) for it",
      },
    ]);
    catalog.codes.gadget_not_found.operations = ['listWidgets', 'createWidget'];
    expect(await lint(spec, rule)).toEqual([]);
    catalog.codes.gadget_not_found.status = '403';
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'x-error-catalog.profile.isolation.foreignReferences.0',
        message: 'x-error-catalog foreign reference `gadget_id`: its code `gadget_not_found` has status 403, which the profile reserves for scope failures',
      },
      {
        code: rule,
        path: 'x-error-catalog.profile.isolation.foreignReferences.1',
        message: 'x-error-catalog foreign reference `color`: its code `gadget_not_found` has status 403, which the profile reserves for scope failures',
      },
    ]);
  });
});
