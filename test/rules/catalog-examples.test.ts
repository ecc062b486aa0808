import { describe, expect, it } from 'vitest';
import { widgetsSpec, widgetsWithPublicStatus } from './fixture.ts';
import { lint } from './harness.ts';

const rule = 'contract-catalog-examples';

describe(rule, () => {
  it('accepts a named example for every code on every operation where it occurs', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('reports a code without its example', async () => {
    const spec = widgetsSpec();
    const examples = spec.components.responses.CreateBadRequest.content['application/json'].examples;
    examples.taken = examples.name_taken;
    delete examples.name_taken;
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.CreateBadRequest.content.application/json.examples',
        message: 'createWidget (POST /widgets): its 400 response has no example named `name_taken`, which x-error-catalog documents for it',
      },
    ]);
  });

  it('reports a code whose operation does not declare its status', async () => {
    const spec = widgetsSpec();
    spec['x-error-catalog'].codes.name_taken.operations = ['createWidget', 'getWidget'];
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets/{id}.get.responses',
        message: 'getWidget (GET /widgets/{id}): declares no 400 response, where x-error-catalog says `name_taken` occurs',
      },
    ]);
  });

  it('reports an example whose code field does not hold the code', async () => {
    const spec = widgetsSpec();
    spec.components.responses.NotFound.content['application/json'].examples.widget_not_found.value = { error: 'not_found' };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.NotFound.content.application/json.examples.widget_not_found.value.error',
        message: 'getWidget (GET /widgets/{id}): its 404 example `widget_not_found` has error "not_found"; x-error-catalog says "widget_not_found"',
      },
    ]);
  });

  it('checks the documented message when the code field holds prose', async () => {
    const spec = widgetsSpec();
    spec['x-error-catalog'].codes.widget_not_found.message = 'This widget is not yours.';
    const valid = structuredClone(spec);
    valid.components.responses.NotFound.content['application/json'].examples.widget_not_found.value = { error: 'This widget is not yours.' };
    expect(await lint(valid, rule)).toEqual([]);
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.NotFound.content.application/json.examples.widget_not_found.value.error',
        message: 'getWidget (GET /widgets/{id}): its 404 example `widget_not_found` has error "widget_not_found"; x-error-catalog says "This widget is not yours."',
      },
    ]);
  });

  it('points at the example itself when it has no code field, and at the media type when it has no examples', async () => {
    const spec = widgetsSpec();
    spec.components.responses.NotFound.content['application/json'].examples.widget_not_found.value = { reason: 'gone' };
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.NotFound.content.application/json.examples.widget_not_found.value',
        message: 'getWidget (GET /widgets/{id}): its 404 example `widget_not_found` has no error; x-error-catalog says "widget_not_found"',
      },
    ]);
    delete spec.components.responses.NotFound.content['application/json'].examples;
    expect(await lint(spec, rule)).toEqual([
      {
        code: rule,
        path: 'components.responses.NotFound.content.application/json',
        message: 'getWidget (GET /widgets/{id}): its 404 response has no example named `widget_not_found`, which x-error-catalog documents for it',
      },
    ]);
  });

  it('asks no authentication-code example of a public operation', async () => {
    expect(await lint(widgetsWithPublicStatus(), rule)).toEqual([]);
  });

  it('leaves a missing status the profile requires to contract-required-responses', async () => {
    const spec = widgetsSpec();
    delete spec.paths['/widgets/{id}'].get.responses['401'];
    expect(await lint(spec, rule)).toEqual([]);
  });
});
