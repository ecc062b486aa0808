// `npm run lint [-- [--format stylish|sarif|github-actions|junit] [file ...]]`:
// Redocly lint (structure, redocly.yaml) and the contract ruleset (rules/, on
// the bundled spec) on every API in redocly.yaml, or on the files given.
// Redocly runs as a child process while Spectral runs the ruleset in this one
// (rules/lint.js); `--format` picks Spectral's formatter. Results on a bundle
// are reported against the hand-written files it was bundled from. Redocly
// reports in the same format where it has one (stylish, github-actions), joins
// the SARIF log as a second run, and goes to stderr for JUnit so that stdout
// stays one JUnit document.
// Bad input (missing file, not YAML/JSON, broken $ref) is one line, exit 1.
import { createHash, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { githubActions, junit, sarif, stylish, type Formatter } from '@stoplight/spectral-formatters';
import { parse as parseYaml } from 'yaml';
import { locate } from '../rules/lib/openapi.js';
import { contractRuleset, lintText } from '../rules/lint.js';
import { listApis, projectRoot, runMain, UserError, type ApiEntry } from './lib/apis.ts';
import { quiet, tool } from './lib/run.ts';
import { redoclySarifRun } from './lib/redocly-sarif.ts';
import { createSourceLocator } from './lib/source-location.ts';

const FORMATTERS: Record<string, Formatter> = { stylish, sarif, 'github-actions': githubActions, junit };
// Spectral's DiagnosticSeverity.Warning: warnings fail the lint too.
const WARNING = 1;
// Bundles of multi-file specs live here, so that reported paths and lines point at a real file.
const CACHE = join(projectRoot, 'node_modules', '.cache', 'contract-lint');

type Json = Record<string, unknown>;

/** A `$ref` and its target in JSON or YAML text: `"$ref": "#/a"`, `$ref: ./b.yaml`. */
const REF = /["']?\$ref["']?\s*:\s*["']?([^"'\s,}]*)/g;

interface Target {
  /** The self-contained file to lint (local $refs only), its text, and its data when it is JSON. */
  file: string;
  text: string;
  data?: Json;
  /** Said on stderr before the results, e.g. that generated/ is stale. */
  note?: string;
  /** The hand-written root the file was bundled from: results are reported against its files. */
  origin?: string;
}

const shown = (file: string) => relative(process.cwd(), file) || file;

function parseSpec(text: string, file: string): Json {
  if (text.includes('\u0000')) throw new UserError(`${shown(file)}: not YAML or JSON: binary content`);
  let value: unknown;
  try {
    value = extname(file) === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new UserError(`${shown(file)}: not valid ${extname(file) === '.json' ? 'JSON' : 'YAML or JSON'}: ${(error as Error).message.split('\n')[0]!.replace(/:$/, '')}`);
  }
  if (typeof value !== 'object' || value === null || typeof (value as Json).openapi !== 'string') {
    throw new UserError(`${shown(file)}: not an OpenAPI document (no "openapi" version field)`);
  }
  return value as Json;
}

/** Every `$ref` in the document, with the JSON pointer of the object holding it. */
function* refsOf(node: unknown, pointer = '#'): Generator<{ ref: string; at: string }> {
  if (typeof node !== 'object' || node === null) return;
  if (typeof (node as Json).$ref === 'string') yield { ref: (node as Json).$ref as string, at: pointer };
  for (const [key, value] of Object.entries(node)) yield* refsOf(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
}

/**
 * The first local $ref that points at nothing, if any. The distinct targets
 * are read from the text (a few hundred, even in a 15 MB bundle); the document
 * is walked only to confirm a broken one and say where it is.
 */
function brokenLocalRef(doc: Json, text: string): { ref: string; at: string } | undefined {
  const targets = new Set([...text.matchAll(REF)].map((match) => match[1]!));
  const resolves = (ref: string) => locate(doc, { $ref: ref }, []).node !== undefined;
  if ([...targets].every(resolves)) return undefined;
  for (const found of refsOf(doc)) if (!resolves(found.ref)) return found;
  return undefined;
}

/** Redocly's first problem as `file:line:col: message`, with the file relative to here. */
function bundleProblem(output: string, file: string): string {
  const lines = quiet(output).split('\n');
  const index = lines.findIndex((line) => /^\[1\] /.test(line));
  const where = lines[index]?.match(/^\[1\] (\S+?):(\d+):(\d+)/);
  const message = lines.slice(index + 1).find((line) => line.trim() !== '')?.trim();
  if (!where || !message) return `${shown(file)}: bundling failed: ${lines.find((line) => line.trim() !== '') ?? 'no output'}`;
  return `${shown(resolve(projectRoot, where[1]!))}:${where[2]}:${where[3]}: ${message.replace(projectRoot + '/', '')}`;
}

/** Check one input and find the self-contained file to lint: itself, or its bundle. */
async function prepare(file: string, api?: ApiEntry): Promise<Target> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`${shown(file)}: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a directory, not a spec' : error.message}`);
  });
  const doc = parseSpec(text, file);
  // Judged from the text: much faster than walking a big bundle for its $refs.
  if ([...text.matchAll(REF)].every((match) => match[1]!.startsWith('#'))) {
    const broken = brokenLocalRef(doc, text);
    if (broken) throw new UserError(`${shown(file)}: broken $ref ${broken.ref} at ${broken.at}: nothing there`);
    return { file, text, data: extname(file) === '.json' ? doc : undefined };
  }
  await mkdir(CACHE, { recursive: true });
  const name = api?.name ?? `${basename(file, extname(file))}-${createHash('sha1').update(file).digest('hex').slice(0, 8)}`;
  const bundle = join(CACHE, `${name}.json`);
  // Bundled to a file of this run's own, renamed into place once complete: a lint running at the same time never reads half a bundle.
  const temp = join(CACHE, `${name}.${process.pid}-${randomUUID().slice(0, 8)}.tmp.json`);
  let data: Json, content: string;
  try {
    const bundled = await tool('redocly', ['bundle', api?.name ?? file, '--output', temp, '--ext', 'json']);
    if (bundled.exitCode !== 0) throw new UserError(bundleProblem(String(bundled.all ?? ''), file));
    // Written the way `npm run generate` writes generated/<api>/openapi.json, so the two can be compared.
    data = JSON.parse(await readFile(temp, 'utf8')) as Json;
    content = `${JSON.stringify(data, null, 2)}\n`;
    await writeFile(temp, content);
    await rename(temp, bundle);
  } finally {
    await rm(temp, { force: true });
  }
  const origin = api?.root ?? file;
  if (api && (await readFile(api.bundle, 'utf8').catch(() => '')) === content) return { file: api.bundle, text: content, data, origin };
  const note = api ? `${api.name}: ${shown(api.bundle)} is stale (run npm run generate)` : undefined;
  return { file: bundle, text: content, data, note, origin };
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

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { format: { type: 'string', short: 'f', default: 'stylish' } }, allowPositionals: true });
  const format = values.format;
  const formatter = FORMATTERS[format];
  if (!formatter) throw new UserError(`--format: "${format}" is not one of ${Object.keys(FORMATTERS).join(', ')}`);
  const files = positionals.map((file) => resolve(file));
  const apis = files.length === 0 ? listApis() : [];
  // Redocly starts at once, in parallel with everything below; its output waits until every input checked out.
  const stop = new AbortController();
  const inputs = files.length > 0 ? files : apis.map((api) => api.name);
  const lintWith = (targets: string[], redoclyFormat: string) => tool('redocly', ['lint', ...targets, '--format', redoclyFormat], { cancelSignal: stop.signal });
  // For SARIF, one Redocly run per input: with several inputs its JSON format
  // prints one JSON document per API, back to back.
  const redocly =
    format === 'sarif'
      ? Promise.all(inputs.map((input) => lintWith([input], 'json'))).then((runs) => ({
          exitCode: Math.max(...runs.map((run) => run.exitCode ?? 1)),
          reports: runs.map((run) => String(run.stdout ?? '{}')),
          all: '',
        }))
      : lintWith(inputs, format === 'github-actions' ? 'github-actions' : 'stylish').then((run) => ({ exitCode: run.exitCode, reports: [], all: String(run.all ?? '') }));
  const results = [];
  try {
    const targets = await Promise.all(files.length > 0 ? files.map((file) => prepare(file)) : apis.map((api) => prepare(api.root, api)));
    for (const target of targets) if (target.note) process.stderr.write(`${target.note}\n`);
    for (const target of targets) {
      const found = await lintText(target.text, target.file, contractRuleset, target.data);
      results.push(...(target.origin ? found.map(atSource(createSourceLocator(target.origin))) : found));
    }
  } catch (error) {
    stop.abort();
    await redocly;
    throw error;
  }
  const redoclyResult = await redocly;
  const failed = results.some((result) => result.severity <= WARNING);
  const spectralVersion = createRequire(import.meta.url)('@stoplight/spectral-cli/package.json').version as string;
  let output = formatter(results, { failSeverity: WARNING }, { ruleset: contractRuleset, spectralVersion }).trim();
  if (format === 'sarif') {
    // One SARIF log with a run per linter; Redocly's JSON report is on stdout.
    const log = JSON.parse(output);
    log.runs.push(redoclySarifRun(redoclyResult.reports, projectRoot, process.cwd()));
    output = JSON.stringify(log, null, 2);
  } else {
    (format === 'junit' ? process.stderr : process.stdout).write(`${quiet(redoclyResult.all)}\n`);
  }
  process.stdout.write(`${output || (format === 'stylish' ? 'Contract rules: no errors, no warnings.' : '')}\n`);
  process.exitCode = redoclyResult.exitCode === 0 && !failed ? 0 : 1;
}

runMain(main);
