// The one bundler: a hand-written contract (a root file and the files its
// `$ref`s reach) becomes one self-contained JSON document, with only local
// `$ref`s left. Every tool that needs a bundle (generate, lint, the gate's
// staleness check) calls this, so they all judge the same document.
//
// In-process with @redocly/openapi-core (the library openapi-typescript
// bundles with too) rather than `redocly bundle` in a child process: no
// second Node start per API, and problems come back as data with their file
// and pointer, so a message can name the `$ref` and line at fault. The
// library is loaded only when a bundle is not already remembered
// (bundle-cache.ts): most runs change nothing.
import type { Config } from '@redocly/openapi-core';
import { join } from 'node:path';
import { readSpecFile, shown, UserError } from '../../model/input.js';
import { projectRoot } from '../../model/registry.js';
import { brokenRef, type Spec } from '../../model/spec.js';
import { cachedBundle, rememberBundle, type Sources } from './bundle-cache.ts';
import { lineOf } from './source-location.ts';

const openapiCore = () => import('@redocly/openapi-core');
const DEFAULT_CONFIG = join(projectRoot, 'redocly.yaml');

export interface Bundled {
  spec: Spec;
  /** The bundle as committed: two-space JSON with a final newline. */
  text: string;
  /** Every file it was made from (the root, what its `$ref`s reached, redocly.yaml), with the sha-1 of its content. */
  sources: Sources;
}

const configs = new Map<string, Promise<Config>>();

/** redocly.yaml, loaded once per run; a broken one is a one-line UserError naming it. */
export function redoclyConfig(configPath = DEFAULT_CONFIG): Promise<Config> {
  let config = configs.get(configPath);
  if (!config) {
    // Read through the one file reader first, so a broken file gets its wording (and its line).
    readSpecOrConfig(configPath);
    config = openapiCore().then(({ loadConfig }) => loadConfig({ configPath })).catch((error: Error) => {
      throw new UserError(`${shown(configPath)}: ${error.message.split('\n')[0]}`);
    });
    configs.set(configPath, config);
  }
  return config;
}

function readSpecOrConfig(file: string): void {
  try {
    readSpecFile(file);
  } catch (error) {
    // redocly.yaml is YAML but not an OpenAPI document: only its readability matters here.
    if (!(error instanceof UserError) || !/not an OpenAPI document/.test(error.message)) throw error;
  }
}

/** Bundle the contract rooted at `root`; every problem is a UserError naming the file, line and reason. */
export async function bundleSpec(root: string, configPath = DEFAULT_CONFIG): Promise<Bundled> {
  const remembered = cachedBundle(root, configPath);
  if (remembered !== undefined) return { spec: JSON.parse(remembered.text) as Spec, ...remembered };
  readSpecFile(root);
  const config = await redoclyConfig(configPath);
  const { bundle } = await openapiCore();
  let result: Awaited<ReturnType<typeof bundle>>;
  try {
    result = await bundle({ ref: root, config, dereference: false });
  } catch (error) {
    throw new UserError(describeThrown(root, error));
  }
  const [problem, ...others] = result.problems.filter((found) => found.severity === 'error');
  if (problem) {
    const more = others.length > 0 ? ` (and ${others.length} more problem${others.length > 1 ? 's' : ''})` : '';
    throw new UserError(`${describeProblem(problem)}${more}`);
  }
  const spec = result.bundle.parsed as Spec;
  const broken = brokenRef(spec);
  if (broken) throw new UserError(`${shown(root)}: bundled, but $ref ${broken.ref} at ${broken.at} points at nothing`);
  const text = `${JSON.stringify(spec, null, 2)}\n`;
  const sources = await rememberBundle(root, configPath, result.fileDependencies, text);
  return { spec, text, sources };
}

type Problem = Awaited<ReturnType<Awaited<ReturnType<typeof openapiCore>>['bundle']>>['problems'][number];

/** `file:line:col: message`, naming the `$ref` when one could not be resolved. */
function describeProblem(problem: Problem): string {
  const where = problem.location[0];
  const file = where?.source.absoluteRef ?? '';
  const at = where?.pointer ? lineOf(file, where.pointer) : undefined;
  const place = `${shown(file)}${at ? `:${at.line + 1}:${at.character + 1}` : ''}`;
  if (problem.ruleId === 'bundler' && /resolve \$ref/i.test(problem.message)) {
    const ref = at?.ref === undefined ? '' : ` ${at.ref}`;
    const why = problem.message.replace(/^Can't resolve \$ref:?\s*/i, '').replace(/^ENOENT: no such file or directory\s*/, 'no such file ');
    return `${place}: cannot resolve $ref${ref}${why ? `: ${why}` : ''}`;
  }
  return `${place}: ${problem.message}`;
}

/** A bundling failure that openapi-core throws (a file it reaches cannot be read or parsed). */
function describeThrown(root: string, error: unknown): string {
  const thrown = error as { message?: string; source?: { absoluteRef?: string }; originalError?: { mark?: { line: number; column: number } } };
  const file = thrown.source?.absoluteRef ?? root;
  const mark = thrown.originalError?.mark;
  const message = String(thrown.message ?? error).split('\n')[0]!.replace(/\s*in "[^"]*" \(\d+:\d+\)$/, '').replace(/^ENOENT: no such file or directory.*/, 'no such file');
  return `${shown(file)}${mark ? `:${mark.line + 1}:${mark.column + 1}` : ''}: ${message}`;
}
