// `npm run lint`: Redocly lint (structure, redocly.yaml) and the contract
// ruleset (rules/, on the bundled spec) on every API, or on the files given.
// Redocly runs as a child process, started first, while this process bundles
// and runs Spectral; `format` picks Spectral's formatter, and Redocly reports
// in the same format where it has one (stylish, github-actions), joins the
// SARIF log as a second run, and goes to stderr for JUnit so that stdout stays
// one JUnit document. Results go to stdout, progress to stderr; paths are
// relative to the current directory in both halves.
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { UserError } from '../../model/input.js';
import { projectRoot, type ApiEntry } from '../../model/registry.js';
import { createSourceLocator } from '../bundle/source-location.ts';
import { quiet } from '../cli/tool.ts';
import { redoclySarifRun } from '../report/redocly-sarif.ts';
import { redoclyFormat, startRedoclyLint, type RedoclyLint } from './redocly-lint.js';
import { cachedResults, rememberResults, resultsKey } from './lint-cache.ts';
import { prepare, type Target } from './targets.ts';

/** The output formats, each with the name of its Spectral formatter. Spectral itself is loaded only when a result must be computed or formatted. */
export const FORMATS = { stylish: 'stylish', sarif: 'sarif', 'github-actions': 'githubActions', junit: 'junit' } as const;
export type LintFormat = keyof typeof FORMATS;

/** The contract rules' results on one input, mapped to the hand-written lines: remembered ones when nothing they depend on changed. */
async function contractResults(target: Target): Promise<ISpectralDiagnostic[]> {
  const key = await resultsKey(target.file, target.sources);
  const remembered = key === undefined ? undefined : cachedResults(key);
  if (remembered) return remembered;
  const { contractRuleset, lintText } = await import('./spectral.js');
  const found = await lintText(target.text, target.file, contractRuleset, target.data);
  const results = target.origin ? found.map(atSource(createSourceLocator(target.origin))) : found;
  if (key !== undefined) await rememberResults(key, results);
  return results;
}

// Spectral's DiagnosticSeverity.Warning: warnings fail the lint too.
const WARNING = 1;
/** Redocly's all-clear, which must not stand above the contract rules' errors. */
const ALL_CLEAR = /Woohoo!|Your API descriptions? (is|are) valid/;

export interface LintOutcome {
  /** What goes to stdout: the results, in the chosen format. */
  stdout: string;
  /** What goes to stderr: progress and the verdict. */
  stderr: string;
  passed: boolean;
}

/**
 * Lint `files` (paths), or every API of the registry when none are given.
 * `redocly` is the Redocly half, already started (`startRedoclyLint`) so that
 * it runs while this process loads and bundles.
 */
export async function runLint(
  format: string,
  files: string[],
  apis: ApiEntry[],
  redocly: RedoclyLint = startRedoclyLint(files.length > 0 ? files : apis.map((api) => api.name), redoclyFormat(format), process.cwd()),
): Promise<LintOutcome> {
  if (!(format in FORMATS)) {
    redocly.cancel();
    throw new UserError(`--format: "${format}" is not one of ${Object.keys(FORMATS).join(', ')} (see --help)`);
  }
  const results: ISpectralDiagnostic[] = [];
  try {
    const targets = await Promise.all(files.length > 0 ? files.map((file) => prepare(file)) : apis.map((api) => prepare(api.root, api)));
    for (const target of targets) results.push(...(await contractResults(target)));
  } catch (error) {
    redocly.cancel();
    await redocly.result;
    throw error;
  }
  const run = await redocly.result;
  const redoclyResult = { ...run, stdout: format === 'sarif' ? '' : (run.reports[0] ?? ''), stderr: quiet(run.stderr) };
  if (redoclyResult.exitCode !== 0 && redoclyResult.stdout === '' && redoclyResult.reports.every((report) => !report.includes('"problems"'))) {
    // Redocly failed without reporting a problem: it could not run (a broken redocly.yaml, say).
    throw new UserError(`redocly lint could not run: ${redoclyResult.stderr.split('\n').find((line) => /error|cannot|invalid/i.test(line)) ?? redoclyResult.stderr.split('\n').at(-1)}`);
  }
  const contractFailed = results.some((result) => result.severity <= WARNING);
  const shownResults = results.map((result) => ({ ...result, source: result.source ? relativeToCwd(result.source) : result.source }));
  let output = await formatted(format as LintFormat, shownResults);
  let stderr = redoclyResult.stderr;
  if (contractFailed) stderr = stderr.split('\n').filter((line) => !ALL_CLEAR.test(line)).join('\n');
  if (format === 'sarif') {
    // One SARIF log with a run per linter; Redocly's JSON report is on stdout.
    const log = JSON.parse(output);
    log.runs.push(redoclySarifRun(redoclyResult.reports, projectRoot, process.cwd()));
    output = JSON.stringify(log, null, 2);
  } else if (format === 'junit') {
    stderr = [redoclyResult.stdout, stderr].filter(Boolean).join('\n');
  } else {
    output = [redoclyResult.stdout, output].filter(Boolean).join('\n\n');
  }
  const passed = redoclyResult.exitCode === 0 && !contractFailed;
  const verdict = contractFailed ? `Contract rules: ${countOf(results)}.` : 'Contract rules: no errors, no warnings.';
  return { stdout: output, stderr: [stderr, verdict].filter(Boolean).join('\n'), passed };
}

/** The results in a format; no results as lines (stylish, github-actions) is nothing, which needs no formatter. */
async function formatted(format: LintFormat, results: ISpectralDiagnostic[]): Promise<string> {
  if ((format === 'stylish' || format === 'github-actions') && results.length === 0) return '';
  const [formatters, { contractRuleset }] = await Promise.all([import('@stoplight/spectral-formatters'), import('./spectral.js')]);
  const spectralVersion = createRequire(import.meta.url)('@stoplight/spectral-cli/package.json').version as string;
  return formatters[FORMATS[format]](results, { failSeverity: WARNING }, { ruleset: contractRuleset, spectralVersion }).trim();
}

function countOf(results: ISpectralDiagnostic[]): string {
  const errors = results.filter((result) => result.severity === 0).length;
  const warnings = results.filter((result) => result.severity === WARNING).length;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

function relativeToCwd(file: string): string {
  return relative(process.cwd(), file) || file;
}

/**
 * Report a result against the hand-written file and line it comes from, so CI
 * annotations (github-actions, SARIF) land on the line an author edits; a
 * result that cannot be traced keeps its place in the bundle.
 */
function atSource(locate: ReturnType<typeof createSourceLocator>) {
  return <T extends { path: (string | number)[]; source?: string | null; range: unknown }>(result: T): T => {
    const found = locate(result.path);
    if (!found) return result;
    const position = { line: found.line, character: found.character };
    return { ...result, source: found.file, range: { start: position, end: position } };
  };
}
