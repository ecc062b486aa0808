import { describe, expect, it } from 'vitest';
import { widgetsSpec, widgetsWithPublicStatus } from './fixture.ts';
import { lint, ruleWithOptions } from './harness.ts';

const rule = 'contract-tenant-isolation';

describe(rule, () => {
  it('accepts detail endpoints with 404, every 403 the catalog’s scope-failure response, and scoped security everywhere', async () => {
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

  it('reports a scope-failure response that is not the one profile.isolation.scopeFailureResponse names, even when every operation shares it', async () => {
    const spec = widgetsSpec();
    // A shared 403 that says "not yours": the same on every operation, but not the catalog's scope failure.
    spec.components.responses.NotYours = { description: 'This widget belongs to another tenant.', content: spec.components.responses.Forbidden.content };
    for (const item of Object.values<any>(spec.paths)) for (const operation of Object.values<any>(item)) if (operation.responses) operation.responses['403'] = { $ref: '#/components/responses/NotYours' };
    spec.paths['/widgets'].get.responses['403'] = spec.components.responses.Forbidden;
    const problem = (what: string) =>
      `${what}, not #/components/responses/Forbidden, the only response x-error-catalog allows for 403 (profile.isolation.scopeFailureResponse: a missing scope)`;
    expect(await lint(spec, rule)).toEqual([
      { code: rule, path: 'paths./widgets.get.responses.403', message: `listWidgets (GET /widgets): its 403 response is ${problem('written inline')}` },
      { code: rule, path: 'paths./widgets.post.responses.403', message: `createWidget (POST /widgets): its 403 response is ${problem('#/components/responses/NotYours')}` },
      { code: rule, path: 'paths./widgets/{id}.get.responses.403', message: `getWidget (GET /widgets/{id}): its 403 response is ${problem('#/components/responses/NotYours')}` },
    ]);
  });

  it('without scopeFailureResponse, reports a scope-failure response that differs from the shared one', async () => {
    const spec = widgetsSpec();
    delete spec['x-error-catalog'].profile.isolation.scopeFailureResponse;
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

  it('reports a scope-failure example that shows a missing-resource code, by code or by documented message', async () => {
    const spec = widgetsSpec();
    const forbidden = spec.components.responses.Forbidden.content['application/json'];
    forbidden.examples.not_yours = { value: { error: 'widget_not_found' } };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.Forbidden.content.application/json.examples.not_yours.value.error',
        message:
          "listWidgets (GET /widgets) and 2 other operations: its 403 example `not_yours` shows `widget_not_found`, which x-error-catalog documents under 404 (missing resource); 403 means only a missing scope, and another tenant's resource must look missing",
      },
    ]);
    const prose = widgetsSpec();
    prose['x-error-catalog'].codes.widget_not_found.message = 'No such widget.';
    prose.components.responses.Forbidden.content['application/json'].examples.not_yours = { value: { error: 'No such widget.' } };
    expect(await lint(prose, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.Forbidden.content.application/json.examples.not_yours.value.error',
        message:
          "listWidgets (GET /widgets) and 2 other operations: its 403 example `not_yours` shows `widget_not_found`, which x-error-catalog documents under 404 (missing resource); 403 means only a missing scope, and another tenant's resource must look missing",
      },
    ]);
  });

  it('reports operations without security, or without scopes when 403 means a missing scope, at the requirement', async () => {
    const spec = widgetsSpec();
    spec.paths['/widgets/{id}'].get.security = [];
    spec.paths['/widgets'].post.security = [{ token: ['widgets:write'] }, { token: [] }];
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets.post.security.1',
        message: 'createWidget (POST /widgets): its security requirement names no scope, but x-error-catalog says 403 means a missing scope',
      },
      {
        code: rule,
        path: 'paths./widgets/{id}.get.security',
        message: 'getWidget (GET /widgets/{id}): has no security requirement (or allows anonymous calls with {}); name the scheme and its scopes, or, if it is public on purpose, list it under x-error-catalog profile.authentication.public',
      },
    ]);
  });

  it('reports inherited security once, at the document’s requirement', async () => {
    const spec = widgetsSpec();
    spec.security = [{ token: ['widgets:read'] }, {}];
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'security.1',
        message: 'listWidgets (GET /widgets) and 1 other operation: has no security requirement (or allows anonymous calls with {}); name the scheme and its scopes, or, if it is public on purpose, list it under x-error-catalog profile.authentication.public',
      },
    ]);
  });

  it('asks for no scopes when the profile has no scope-failure status', async () => {
    const spec = widgetsSpec();
    delete spec['x-error-catalog'].profile.isolation.scopeFailure;
    delete spec['x-error-catalog'].profile.isolation.scopeFailureResponse;
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
        path: 'paths./widgets.get.parameters.0',
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
        path: 'x-error-catalog.profile.isolation.foreignReferences.0.code',
        message: 'x-error-catalog foreign reference `gadget_id`: its code `gadget_not_found` has status 403, which the profile reserves for scope failures',
      },
      {
        code: rule,
        path: 'x-error-catalog.profile.isolation.foreignReferences.1.code',
        message: 'x-error-catalog foreign reference `color`: its code `gadget_not_found` has status 403, which the profile reserves for scope failures',
      },
    ]);
  });

  it('accepts a public operation the catalog admits, and asks it for no scopes, 404 or foreign references', async () => {
    expect(await lint(widgetsWithPublicStatus(), rule)).toEqual([]);
  });

  it('reports a public operation the catalog does not admit', async () => {
    const spec = widgetsWithPublicStatus();
    spec['x-error-catalog'].profile.authentication.public = undefined;
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./status.get.security',
        message:
          'getStatus (GET /status): has no security requirement (or allows anonymous calls with {}); name the scheme and its scopes, or, if it is public on purpose, list it under x-error-catalog profile.authentication.public',
      },
    ]);
  });

  it('reads the catalog from the extension the catalogKey option names', async () => {
    const spec = widgetsSpec();
    spec['x-errors'] = spec['x-error-catalog'];
    delete spec['x-error-catalog'];
    delete spec.paths['/widgets/{id}'].get.responses['404'];
    expect(await lint(spec, undefined, ruleWithOptions(rule, { catalogKey: 'x-errors' }))).toEqual([
      {
        code: rule,
        path: 'paths./widgets/{id}.get.responses',
        message: "getWidget (GET /widgets/{id}): is a detail endpoint without a 404 response; x-errors says a missing or another tenant's resource is answered with 404",
      },
    ]);
  });
});
