// The contract rules' results on one input, remembered under a key made of
// everything they depend on: the content of every file the input was read
// from (the hand-written files, whose lines the results point at), and of
// everything that decides the results (rules/, model/, the lint and
// bundle-mapping code, the catalog schema, the locked package versions).
// Any change to any of those makes another key, so a remembered result is
// always the one a fresh run would give; an unchanged contract then needs
// neither Spectral nor the rules loaded. Like eslint's --cache, kept in
// node_modules/.cache/, and any doubt is a miss.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { projectRoot } from '../../model/registry.js';
import { sha1, type Sources } from '../bundle/bundle-cache.ts';
import { fingerprint, writeJsonAtomically } from '../cli/fingerprint.ts';

const CACHE = join(projectRoot, 'node_modules', '.cache', 'contract-lint-results');

/**
 * What decides the results besides the input: folders read whole, and single
 * files (a missing one, such as a project copy's lock file, counts as missing).
 */
const LOGIC = ['rules', 'model', 'tools/lint', 'tools/bundle', 'openapi/error-catalog.schema.json', 'package-lock.json'];

/** One hash of every file of the rules and the code around them, taken once per process; undefined when a file could not be read. */
let logic: Promise<string | undefined> | undefined;

/** The key of one input's results (the file linted, what it was made from, and the logic), or undefined when there can be none: then nothing is remembered. */
export async function resultsKey(file: string, sources: Sources): Promise<string | undefined> {
  // Any doubt is a miss: a file of the logic that cannot be read (permissions, say) means no cache, not a failed lint.
  logic ??= fingerprint(LOGIC).catch(() => undefined);
  const hash = await logic;
  return hash === undefined ? undefined : sha1(JSON.stringify({ file, sources, logic: hash }));
}

/** Remembered results for a key, if any. */
export function cachedResults(key: string): ISpectralDiagnostic[] | undefined {
  try {
    const results = JSON.parse(readFileSync(join(CACHE, `${key}.json`), 'utf8'));
    return Array.isArray(results) ? (results as ISpectralDiagnostic[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Remember results; a failure to write only costs the next run time. */
export async function rememberResults(key: string, results: ISpectralDiagnostic[]): Promise<void> {
  await writeJsonAtomically(join(CACHE, `${key}.json`), results).catch(() => {
    // The next run lints again.
  });
}
