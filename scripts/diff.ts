// `npm run diff [-- <api>…] [--format stylish|github-actions]`: the
// breaking-change gate. Compares each API's bundle (generated/<api>/openapi.json,
// kept current by `npm run generate`, which CI checks in the step before) with
// its last release (openapi/<api>/released/openapi.json), and fails when a change
// breaks integrators unless info.version's major number was raised. How changes
// are rated: scripts/lib/compat.ts. With no API named, every API in redocly.yaml.
// An API without a released snapshot fails: otherwise deleting the snapshot, or
// adding an API and never releasing it, would switch the gate off unnoticed.
// Record the first release with `npm run release -- <api>`.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getApi, listApis, runMain, UserError, type ApiEntry } from './lib/apis.ts';
import { annotateVerdict, compareSpecs, formatFinding, rel, releasedPath, verdictLine, type Format } from './lib/compat.ts';

const FORMATS: Format[] = ['stylish', 'github-actions'];

interface Outcome {
  passed: boolean;
  lines: string[];
}

async function check(api: ApiEntry, format: Format): Promise<Outcome> {
  const snapshot = releasedPath(api);
  if (!existsSync(snapshot)) {
    return { passed: false, lines: [`${api.name}: no release recorded (${rel(snapshot)}); record the first one with: npm run release -- ${api.name}`] };
  }
  if (!existsSync(api.bundle)) return { passed: false, lines: [`${api.name}: ${rel(api.bundle)} is missing; run npm run generate`] };
  try {
    const comparison = await compareSpecs(snapshot, api.bundle);
    const level = comparison.passed ? 'notice' : 'error';
    const findings = comparison.outcome === 'version-lowered' ? [] : comparison.breaking.map((finding) => formatFinding(finding, format, level));
    return { passed: comparison.passed, lines: [...findings, verdictLine(api.name, comparison, api.root)] };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { passed: false, lines: [`${api.name}: ${error.message}`] };
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { format: { type: 'string', default: 'stylish' } } });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UserError(`--format: expected ${FORMATS.join(' or ')}, got "${values.format}"`);
  const apis = positionals.length > 0 ? positionals.map(getApi) : listApis();
  const outcomes = await Promise.all(apis.map((api) => check(api, format)));
  outcomes.forEach((outcome, index) => {
    console.log(outcome.lines.join('\n'));
    // On GitHub, a failed verdict also becomes an error on the API's info.version line.
    if (format === 'github-actions' && !outcome.passed) console.log(annotateVerdict(outcome.lines.at(-1)!, apis[index]!.root));
  });
  const failed = apis.filter((_, index) => !outcomes[index]!.passed).map((api) => api.name);
  if (failed.length > 0) throw new UserError(`breaking-change gate failed for ${failed.join(', ')}`);
}

runMain(main);
