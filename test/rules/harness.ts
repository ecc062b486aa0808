// Runs the contract ruleset the way `npm run lint` does (tools/lint/spectral.js, in
// process), and loads it the way the Spectral CLI does (`cliRuleset`), so the
// tests also prove that `spectral lint -r rules/ruleset.js` works.
import * as fs from 'node:fs';
import { Ruleset } from '@stoplight/spectral-core';
import { contractRuleset, lintText, onlyRule, rulesetFile } from '../../tools/lint/spectral.js';
import definition from '../../rules/ruleset.js';

/** The whole contract ruleset, bundled by rollup as the Spectral CLI bundles it. Loads rollup only when called. */
export async function cliRuleset(): Promise<Ruleset> {
  const [{ bundleAndLoadRuleset }, { builtins }, { commonjs }] = await Promise.all([
    import('@stoplight/spectral-ruleset-bundler/with-loader'),
    import('@stoplight/spectral-ruleset-bundler/plugins/builtins'),
    import('@stoplight/spectral-ruleset-bundler/plugins/commonjs'),
  ]);
  return bundleAndLoadRuleset(rulesetFile, { fs, fetch: globalThis.fetch }, [builtins(), commonjs()]);
}

/**
 * Only `ruleId`, as ruleset.js defines it but with `functionOptions` merged
 * over its options. Spectral validates them against the function's options
 * schema here, so invalid options throw.
 */
export function ruleWithOptions(ruleId: string, functionOptions: Record<string, unknown>): Ruleset {
  const rule = (definition.rules as Record<string, any>)[ruleId];
  if (!rule) throw new Error(`no rule ${ruleId} in ${rulesetFile}`);
  const then = { ...rule.then, functionOptions: { ...rule.then.functionOptions, ...functionOptions } };
  return new Ruleset({ rules: { [ruleId]: { ...rule, then } } }, { severity: 'recommended', source: rulesetFile });
}

/** What Spectral says about `functionOptions` for `ruleId` (merged as in ruleWithOptions): nothing when they are valid. */
export function optionsProblems(ruleId: string, functionOptions: Record<string, unknown>): string[] {
  try {
    ruleWithOptions(ruleId, functionOptions);
    return [];
  } catch (error) {
    const flat = (e: any): string[] => (Array.isArray(e?.errors) ? e.errors.flatMap(flat) : [String(e?.message ?? e)]);
    return flat(error);
  }
}

export interface Finding {
  code: string | number;
  path: string;
  message: string;
}

/**
 * Lint a document (an object, or JSON text) with only `ruleId` switched on,
 * or with the whole ruleset (`ruleset`, by default the contract ruleset)
 * when `ruleId` is omitted. Paths are dotted.
 */
export async function lint(document: unknown, ruleId?: string, ruleset: Ruleset = contractRuleset): Promise<Finding[]> {
  const text = typeof document === 'string' ? document : JSON.stringify(document, null, 2);
  const results = await lintText(text, 'spec.json', ruleId === undefined ? ruleset : onlyRule(ruleId));
  return results.map((result) => ({ code: result.code, path: result.path.join('.'), message: result.message }));
}
