// `npm run diff [-- <api>…] [--base <git-ref>] [--format stylish|github-actions]`:
// the breaking-change gate. Compares each API's bundle (generated/<api>/openapi.json)
// with a baseline and fails when a change breaks integrators unless info.version's
// major number was raised above the baseline's. How changes are rated:
// tools/gate/compat.ts. With no API named, every API in redocly.yaml.
// - The baseline is the released snapshot (openapi/<api>/released/openapi.json),
//   or with --base (pull requests) the base ref's committed bundle, which the
//   pull request cannot rewrite (tools/gate/base-ref.ts); an API that is new
//   since the base ref falls back to its snapshot. With --base, a changed
//   snapshot must also be a real release: today's bundle, at a higher version.
// - The bundle must be current (what `npm run generate` makes of the
//   hand-written files), or the gate would judge a file nobody edited.
// - An API without a released snapshot fails: otherwise deleting the snapshot,
//   or adding an API and never releasing it, would switch the gate off unnoticed.
//   Record the first release with `npm run release -- <api>`.
// - Additive changes under the released info.version pass with a warning.
// Findings are reported on the hand-written YAML line (tools/report/annotations.ts).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getApi, listApis, type ApiEntry } from '../model/registry.js';
import { assertBundleCurrent } from '../tools/bundle/bundle-current.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';
import { assertCommit, chooseBaseline, snapshotChange } from '../tools/gate/base-ref.ts';
import { additiveWarning, compareSpecs, readSpec, specVersion, verdictLine } from '../tools/gate/compat.ts';
import { annotateVerdict, atSource, formatFinding, rel, type Format } from '../tools/report/annotations.ts';

const FORMATS: Format[] = ['stylish', 'github-actions'];

interface Options {
  format: Format;
  base?: string;
  /** Where the base ref's bundles are written for redocly diff. */
  scratch: string;
}

interface Outcome {
  passed: boolean;
  lines: string[];
}

async function check(api: ApiEntry, { format, base, scratch }: Options): Promise<Outcome> {
  const github = format === 'github-actions';
  // On GitHub, a failure also becomes an error annotation: on the info.version
  // line, where the usual fix is made, or on the file that is wrong.
  const failure = (line: string, file = api.root) => (github ? [line, annotateVerdict(line, file)] : [line]);
  const snapshot = api.snapshot;
  if (!existsSync(snapshot)) {
    return { passed: false, lines: failure(`${api.name}: no release recorded (${rel(snapshot)}); record the first one with: npm run release -- ${api.name}`) };
  }
  try {
    await assertBundleCurrent(api, 'run npm run generate');
    const baseline = await chooseBaseline(api, base, scratch);
    const snapshotProblem = base === undefined ? undefined : await snapshotChange(api, base);
    const comparison = await compareSpecs(baseline.file, api.bundle);
    const since = baseline.ref === undefined ? undefined : `${baseline.ref} at ${comparison.base.text}`;
    const toSource = atSource(api.root);
    const level = comparison.passed ? 'notice' : 'error';
    const lines = comparison.outcome === 'version-lowered' ? [] : comparison.breaking.map((finding) => formatFinding(toSource(finding), format, level));
    const warning = additiveWarning(api.name, comparison, api.root, since, specVersion(readSpec(snapshot), snapshot));
    if (warning) lines.push(github ? annotateVerdict(warning, api.root, 'warning') : warning);
    if (snapshotProblem) lines.push(...failure(`${api.name}: ${snapshotProblem}`, snapshot));
    const verdict = verdictLine(api.name, comparison, api.root, since);
    lines.push(...(comparison.passed ? [verdict] : failure(verdict)));
    return { passed: comparison.passed && !snapshotProblem, lines };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { passed: false, lines: failure(`${api.name}: ${error.message}`) };
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string', default: 'stylish' }, base: { type: 'string' } },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UserError(`--format: expected ${FORMATS.join(' or ')}, got "${values.format}"`);
  const apis = positionals.length > 0 ? positionals.map((name) => getApi(name)) : listApis();
  if (values.base !== undefined) await assertCommit(values.base);
  const scratch = await mkdtemp(join(tmpdir(), 'diff-base-'));
  let outcomes: Outcome[];
  try {
    outcomes = await Promise.all(apis.map((api) => check(api, { format, base: values.base, scratch })));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  for (const outcome of outcomes) console.log(outcome.lines.join('\n'));
  const failed = apis.filter((_, index) => !outcomes[index]!.passed).map((api) => api.name);
  if (failed.length > 0) throw new UserError(`breaking-change gate failed for ${failed.join(', ')}`);
}

runMain(main);
