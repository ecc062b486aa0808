import { describe, expect, it } from 'vitest';
import { widgetsSpec, widgetsWithPublicStatus } from './fixture.ts';
import { lint, ruleWithOptions } from './harness.ts';

const rule = 'contract-required-responses';

describe(rule, () => {
  it('accepts operations that declare every required status', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('reports a status required of every operation', async () => {
    const spec = widgetsSpec();
    delete spec.paths['/widgets/{id}'].get.responses['500'];
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets/{id}.get.responses',
        message: 'getWidget (GET /widgets/{id}): declares no 500 response, which x-error-catalog requires of every operation',
      },
    ]);
  });

  it('reports statuses required by what the operation has', async () => {
    const spec = widgetsSpec();
    delete spec.paths['/widgets'].get.responses['400'];
    spec['x-error-catalog'].profile.required.withPathParameters = ['404', '422'];
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets.get.responses',
        message: 'listWidgets (GET /widgets): declares no 400 response, which x-error-catalog requires of operations with query parameters',
      },
      {
        code: rule,
        path: 'paths./widgets/{id}.get.responses',
        message: 'getWidget (GET /widgets/{id}): declares no 422 response, which x-error-catalog requires of operations with path parameters',
      },
    ]);
  });
  it('asks a public operation for none of the statuses only credentials bring (authentication codes, scope failure)', async () => {
    const spec = widgetsWithPublicStatus();
    expect(await lint(spec, rule)).toEqual([]);
    delete spec.paths['/status'].get.responses['500'];
    expect(await lint(spec, rule)).toEqual([
      { code: rule, path: 'paths./status.get.responses', message: 'getStatus (GET /status): declares no 500 response, which x-error-catalog requires of every operation' },
    ]);
  });

  it('reads the profile from the extension the catalogKey option names', async () => {
    const spec = widgetsSpec();
    spec['x-errors'] = spec['x-error-catalog'];
    delete spec['x-error-catalog'];
    delete spec.paths['/widgets/{id}'].get.responses['500'];
    expect(await lint(spec, rule)).toEqual([]);
    expect(await lint(spec, undefined, ruleWithOptions(rule, { catalogKey: 'x-errors' }))).toEqual([
      {
        code: rule,
        path: 'paths./widgets/{id}.get.responses',
        message: 'getWidget (GET /widgets/{id}): declares no 500 response, which x-errors requires of every operation',
      },
    ]);
  });
});
