import { describe, expect, it } from 'vitest';
import { widgetsSpec } from './fixture.ts';
import { lint, optionsProblems, ruleWithOptions } from './harness.ts';

const rule = 'contract-error-catalog';

describe(rule, () => {
  it('accepts a well-formed catalog', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('reports a spec without x-error-catalog', async () => {
    const spec = widgetsSpec();
    delete spec['x-error-catalog'];
    expect(await lint(spec, rule)).toEqual([
      { code: rule, path: '', message: "the spec has no x-error-catalog: add the API's error guide as data (codeField, profile, codes) at the root" },
    ]);
  });

  it('names what is missing from a malformed catalog', async () => {
    const spec = widgetsSpec();
    delete spec['x-error-catalog'].profile.required.all;
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'x-error-catalog.profile.required',
        message: "x-error-catalog is malformed: x-error-catalog.profile.required must have required property 'all'",
      },
    ]);
  });

  it('asks for the bundled spec when the catalog is still a $ref', async () => {
    const spec = widgetsSpec();
    spec['x-error-catalog'] = { $ref: './error-catalog.yaml' };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'x-error-catalog',
        message: 'x-error-catalog is a $ref to ./error-catalog.yaml: lint the bundled spec (npm run lint bundles first)',
      },
    ]);
  });

  it('is the only complaint of the whole ruleset when the catalog is unusable', async () => {
    const spec = widgetsSpec();
    spec['x-error-catalog'].codes.bad_token.status = 401;
    expect(await lint(spec)).toEqual([
      { code: rule, path: 'x-error-catalog.codes.bad_token.status', message: 'x-error-catalog is malformed: x-error-catalog.codes.bad_token.status must be string' },
    ]);
  });
  it('asks for the scope-failure status when the catalog names a scope-failure response', async () => {
    const spec = widgetsSpec();
    delete spec['x-error-catalog'].profile.isolation.scopeFailure;
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'x-error-catalog.profile.isolation',
        message: 'x-error-catalog is malformed: x-error-catalog.profile.isolation must have property scopeFailure when property scopeFailureResponse is present',
      },
    ]);
  });

  it('reads the catalog from the extension the catalogKey option names, and rejects options it does not know', async () => {
    const spec = widgetsSpec();
    spec['x-errors'] = spec['x-error-catalog'];
    delete spec['x-error-catalog'];
    expect(await lint(spec, undefined, ruleWithOptions(rule, { catalogKey: 'x-errors' }))).toEqual([]);
    expect(await lint(widgetsSpec(), undefined, ruleWithOptions(rule, { catalogKey: 'x-errors' }))).toEqual([
      { code: rule, path: '', message: "the spec has no x-errors: add the API's error guide as data (codeField, profile, codes) at the root" },
    ]);
    expect(optionsProblems(rule, { catalogKey: 'errors' })).toEqual(['must match pattern "^x-"']);
    expect(optionsProblems(rule, { catalog: 'x-errors' })).toEqual(['"errorCatalog" function does not support "catalog" option']);
  });
});
