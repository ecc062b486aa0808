import { describe, expect, it } from 'vitest';
import { widgetsSpec } from './fixture.ts';
import { lint, optionsProblems, ruleWithOptions } from './harness.ts';

const rule = 'contract-non-idempotent-create';

describe(rule, () => {
  it('accepts a create flagged x-idempotent: false that says so', async () => {
    expect(await lint(widgetsSpec(), rule)).toEqual([]);
  });

  it('accepts the words under Markdown emphasis', async () => {
    const spec = widgetsSpec();
    spec.paths['/widgets'].post.description = 'Makes a widget. **Not idempotent**.';
    expect(await lint(spec, rule)).toEqual([]);
  });

  it('reports a create without the flag', async () => {
    const spec = widgetsSpec();
    delete spec.paths['/widgets'].post['x-idempotent'];
    expect(await lint(spec, rule)).toEqual([
      { code: rule, path: 'paths./widgets.post', message: 'createWidget (POST /widgets): has no x-idempotent; set it to false, or to true if retrying is safe' },
    ]);
  });

  it('reports a flag the prose does not back, either way', async () => {
    const silent = widgetsSpec();
    silent.paths['/widgets'].post.description = 'Makes a widget.';
    expect(await lint(silent, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets.post.x-idempotent',
        message: 'createWidget (POST /widgets): x-idempotent is false, but its description does not say so (no match for /not idempotent|non-idempotent/i)',
      },
    ]);
    const contradicted = widgetsSpec();
    contradicted.paths['/widgets'].post['x-idempotent'] = true;
    expect(await lint(contradicted, rule)).toEqual([
      {
        code: rule,
        path: 'paths./widgets.post.x-idempotent',
        message: 'createWidget (POST /widgets): x-idempotent is true, but its description says it is not idempotent',
      },
    ]);
  });
  it('points at a flag that is not a boolean', async () => {
    const spec = widgetsSpec();
    spec.paths['/widgets'].post['x-idempotent'] = 'no';
    expect(await lint(spec, rule)).toEqual([
      { code: rule, path: 'paths./widgets.post.x-idempotent', message: 'createWidget (POST /widgets): has x-idempotent "no", not true or false' },
    ]);
  });

  it('takes the methods, flag and wording from its options, and rejects an invalid pattern', async () => {
    const spec = widgetsSpec();
    spec.paths['/widgets'].post['x-retry-safe'] = false;
    delete spec.paths['/widgets'].post['x-idempotent'];
    expect(await lint(spec, undefined, ruleWithOptions(rule, { flag: 'x-retry-safe', prose: 'a retry can make two' }))).toEqual([]);
    expect(await lint(spec, undefined, ruleWithOptions(rule, { methods: ['put'] }))).toEqual([]);
    expect(optionsProblems(rule, { prose: '(' })).toEqual(['must match format "regex"']);
  });
});
