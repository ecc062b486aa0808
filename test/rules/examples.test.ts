import { describe, expect, it } from 'vitest';
import { widgetsSpec } from './fixture.ts';
import { lint, ruleWithOptions } from './harness.ts';

const rule = 'contract-examples';

describe(rule, () => {
  it('accepts bodies with named `examples`', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('reports a response body and a request body without examples', async () => {
    const spec = widgetsSpec();
    delete spec.paths['/widgets'].get.responses['200'].content['application/json'].examples;
    spec.paths['/widgets'].post.requestBody.content['application/json'].examples = {};
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets.get.responses.200.content.application/json',
        message: 'listWidgets (GET /widgets): its 200 response (application/json) has no example; add a named one under `examples`',
      },
      {
        code: rule,
        path: 'paths./widgets.post.requestBody.content.application/json',
        message: 'createWidget (POST /widgets): its request body (application/json) has no example; add a named one under `examples`',
      },
    ]);
  });

  it('reports a lone unnamed `example`, asking to name it, once for a shared response', async () => {
    const spec = widgetsSpec();
    const request = spec.paths['/widgets'].post.requestBody.content['application/json'];
    delete request.examples;
    request.example = { name: 'a' };
    const serverError = spec.components.responses.ServerError.content['application/json'];
    delete serverError.examples;
    serverError.example = { error: 'Try again later.' };
    const name = 'name it: move it under `examples` (`examples: { <name>: { value: … } }`)';
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets.post.requestBody.content.application/json.example',
        message: `createWidget (POST /widgets): its request body (application/json) has only an unnamed \`example\`; ${name}`,
      },
      {
        code: rule,
        path: 'components.responses.ServerError.content.application/json.example',
        message: `listWidgets (GET /widgets) and 2 other operations: its 500 response (application/json) has only an unnamed \`example\`; ${name}`,
      },
    ]);
  });

  it('accepts a lone unnamed `example` with allowUnnamed', async () => {
    const spec = widgetsSpec();
    const request = spec.paths['/widgets'].post.requestBody.content['application/json'];
    delete request.examples;
    request.example = { name: 'a' };
    expect(await lint(spec, undefined, ruleWithOptions(rule, { allowUnnamed: true }))).toEqual([]);
  });

  it('is a warning', async () => {
    const { contractRuleset } = await import('../../tools/lint/spectral.js');
    expect(contractRuleset.rules[rule]?.severity).toBe(1);
  });
});
