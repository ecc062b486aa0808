import { describe, expect, it } from 'vitest';
import { widgetsSpec } from './fixture.ts';
import { lint, optionsProblems, ruleWithOptions } from './harness.ts';

const rule = 'contract-path-style';

describe(rule, () => {
  it('accepts paths that all end the same way, with or without a slash', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
    const slashed = widgetsSpec();
    slashed.paths = Object.fromEntries(Object.entries(slashed.paths).map(([path, item]) => [`${path}/`, item]));
    expect(await lint(slashed, rule)).toEqual([]);
  });

  it('reports the paths that break the convention most paths follow', async () => {
    const spec = widgetsSpec();
    spec.paths['/gadgets/'] = { get: { operationId: 'listGadgets', responses: {} } };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./gadgets/',
        message: "listGadgets: /gadgets/ has a trailing slash, unlike 2 of the API's 3 paths; use one convention",
      },
    ]);
  });
  it('holds every path to the convention option when it is not majority', async () => {
    const spec = widgetsSpec();
    expect(await lint(spec, undefined, ruleWithOptions(rule, { convention: 'slash' }))).toEqual([
      { code: rule, path: 'paths./widgets', message: "listWidgets, createWidget: /widgets lacks a trailing slash, but the rule's convention is slash" },
      { code: rule, path: 'paths./widgets/{id}', message: "getWidget: /widgets/{id} lacks a trailing slash, but the rule's convention is slash" },
    ]);
    expect(await lint(spec, undefined, ruleWithOptions(rule, { convention: 'no-slash' }))).toEqual([]);
    expect(optionsProblems(rule, { convention: 'sometimes' })).toEqual(['"pathStyle" function and its "convention" option accepts only the following values: "majority", "slash", "no-slash"']);
  });
});
