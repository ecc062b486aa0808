import { describe, expect, it } from 'vitest';
import { widgetsSpec, widgetsWithPublicStatus } from './fixture.ts';
import { lint } from './harness.ts';

const rule = 'contract-catalog-references';

describe(rule, () => {
  it('accepts a catalog that names only what the spec has', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('reports an operationId the spec does not have', async () => {
    const spec = widgetsSpec();
    spec['x-error-catalog'].codes.name_taken.operations = ['createWidget', 'renameWidget'];
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'x-error-catalog.codes.name_taken.operations.1',
        message: 'x-error-catalog code `name_taken`: names operation `renameWidget`, which the spec does not have',
      },
    ]);
  });

  it('reports a status none of the code’s operations declares', async () => {
    const spec = widgetsSpec();
    spec['x-error-catalog'].codes.widget_not_found.status = '410';
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'x-error-catalog.codes.widget_not_found.status',
        message: 'x-error-catalog code `widget_not_found`: has status 410, which none of its operations (getWidget) declares',
      },
    ]);
  });

  it('reports a profile schema that is not in components/schemas', async () => {
    const spec = widgetsSpec();
    spec['x-error-catalog'].profile.schemas['400'] = ['FieldErrors', 'Problems'];
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'x-error-catalog.profile.schemas.400.1',
        message: 'x-error-catalog profile.schemas.400: names schema `Problems`, which components/schemas does not have',
      },
    ]);
  });

  it('reports a foreign reference to a code the catalog does not have', async () => {
    const spec = widgetsSpec();
    spec['x-error-catalog'].profile.isolation.foreignReferences = [{ in: 'query', name: 'color', code: 'color_not_found' }];
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'x-error-catalog.profile.isolation.foreignReferences.0.code',
        message: 'x-error-catalog foreign reference `color`: names code `color_not_found`, which codes does not have',
      },
    ]);
  });
  it('reports a public operation that requires credentials, an unknown one, and an unknown authentication code', async () => {
    const spec = widgetsWithPublicStatus();
    spec['x-error-catalog'].profile.authentication = { codes: ['bad_token', 'no_such_code'], public: ['getStatus', 'getWidget', 'nowhere'] };
    expect(await lint(spec, rule)).toEqual([
      { code: rule, path: 'x-error-catalog.profile.authentication.codes.1', message: 'x-error-catalog profile.authentication.codes: names code `no_such_code`, which codes does not have' },
      {
        code: rule,
        path: 'x-error-catalog.profile.authentication.public.1',
        message: 'x-error-catalog profile.authentication.public: names getWidget (GET /widgets/{id}), which requires credentials (its security has no empty requirement); give it `security: []` or drop it from the list',
      },
      { code: rule, path: 'x-error-catalog.profile.authentication.public.2', message: 'x-error-catalog profile.authentication.public: names operation `nowhere`, which the spec does not have' },
    ]);
  });

  it('reports a scope-failure response that is not in components/responses', async () => {
    const spec = widgetsSpec();
    spec['x-error-catalog'].profile.isolation.scopeFailureResponse = 'Forbiden';
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'x-error-catalog.profile.isolation.scopeFailureResponse',
        message: 'x-error-catalog profile.isolation.scopeFailureResponse: names response `Forbiden`, which components/responses does not have',
      },
    ]);
  });
});
