// The contract rules' results on one input, remembered under a key made of
// everything they depend on: the content of every file the input was read
// from (the hand-written files, whose lines the results point at), and of
// everything that decides the results (rules/, model/, the lint and
// bundle-mapping code, the catalog schema, the locked package versions).
// Any change to any of those makes another key, so a remembered result is
// always the one a fresh run would give; an unchanged contract then needs
// neither Spectral nor the rules loaded. Like eslint's --cache, kept in
// node_modules/.cache/, and any doubt is a miss.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { projectRoot } from '../../model/registry.js';
import { sha1, type Sources } from '../bundle/bundle-cache.ts';

const CACHE = join(projectRoot, 'node_modules', '.cache', 'contract-lint-results');

/** What decides the results besides the input: folders read whole, and single files. */
const LOGIC = { folders: ['rules', 'model', 'tools/lint', 'tools/bundle'], files: ['openapi/error-catalog.schema.json', 'package-lock.json'] };

let logicHash: string | undefined;

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])).sort();
}

/** A file's content hash, or a mark that it is absent (a project copy without a lock file, say): absent is part of the key too. */
function contentHash(file: string): string {
  try {
    return sha1(readFileSync(file));
  } catch {
    return 'absent';
  }
}

/** One hash of every file of the rules and the code around them. */
function logic(): string {
  logicHash ??= sha1(
    [...LOGIC.folders.flatMap((folder) => filesUnder(join(projectRoot, folder))), ...LOGIC.files.map((file) => join(projectRoot, file))]
      .map((file) => `${file}\n${contentHash(file)}`)
      .join('\n'),
  );
  return logicHash;
}

/** The key of one input's results: the file linted, what it was made from, and the logic. */
export function resultsKey(file: string, sources: Sources): string {
  return sha1(JSON.stringify({ file, sources, logic: logic() }));
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
  const target = join(CACHE, `${key}.json`);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    await mkdir(CACHE, { recursive: true });
    await writeFile(temp, JSON.stringify(results));
    await rename(temp, target);
  } catch {
    // The next run lints again.
  }
}
