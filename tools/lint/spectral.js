// @ts-check
// Runs the contract ruleset in-process: what `npm run lint` and the rule
// tests use. Same rules, same results as
// `spectral lint -r rules/ruleset.js --resolver rules/no-ref-resolver.cjs`,
// without what makes the CLI slow on a big bundled spec: a rollup bundle of
// the ruleset per run, a second Node process, and a position-tracking parse
// of the whole file. JSON is read with JSON.parse; the position-tracking
// parser runs only when a result needs its line number.
import { fileURLToPath } from 'node:url';
import { Document, Ruleset, Spectral } from '@stoplight/spectral-core';
import parsers from '@stoplight/spectral-parsers';
import noRefResolver from '../../rules/no-ref-resolver.cjs';
import definition from '../../rules/ruleset.js';

/** @typedef {import('@stoplight/spectral-core').ISpectralDiagnostic} ISpectralDiagnostic */
/** @typedef {ReturnType<typeof parsers.Json.parse>} JsonParserResult */

export const rulesetFile = fileURLToPath(new URL('../../rules/ruleset.js', import.meta.url));

/** The whole contract ruleset. */
export const contractRuleset = new Ruleset(definition, { severity: 'recommended', source: rulesetFile });

/**
 * A Spectral parser for one JSON text that parses fast and finds positions late.
 * Invalid JSON goes straight to Spectral's own parser, which reports it.
 * @param {string} text @param {unknown} [data] The text, already parsed.
 * @returns {import('@stoplight/spectral-parsers').IParser<JsonParserResult>}
 */
function lazyJson(text, data) {
  /** @type {JsonParserResult | undefined} */
  let full;
  const parseFully = () => (full ??= parsers.Json.parse(text));
  return {
    parse() {
      try {
        return { data: data ?? JSON.parse(text), diagnostics: [], ast: /** @type {any} */ (undefined), lineMap: [], comments: {} };
      } catch {
        return parseFully();
      }
    },
    getLocationForJsonPath: (_result, path, closest) => parsers.Json.getLocationForJsonPath(parseFully(), path, closest),
    trapAccess: (obj) => obj,
  };
}

/**
 * Lint one document's text. `source` names it in results; a `.json` source
 * is parsed as JSON (`data` saves parsing it again), anything else as YAML.
 * @param {string} text @param {string} source @param {Ruleset} [ruleset] @param {unknown} [data]
 * @returns {Promise<ISpectralDiagnostic[]>}
 */
export async function lintText(text, source, ruleset = contractRuleset, data = undefined) {
  const spectral = new Spectral({ resolver: /** @type {any} */ (noRefResolver) });
  spectral.setRuleset(ruleset);
  const document = source.endsWith('.json') ? new Document(text, lazyJson(text, data), source) : new Document(text, parsers.Yaml, source);
  return spectral.run(document);
}

/** The contract ruleset with only one rule switched on. */
export function onlyRule(/** @type {string} */ ruleId) {
  if (!(ruleId in contractRuleset.rules)) throw new Error(`no rule ${ruleId} in ${rulesetFile}`);
  return new Ruleset({ extends: [[definition, 'off']], rules: { [ruleId]: true } }, { severity: 'recommended', source: rulesetFile });
}
