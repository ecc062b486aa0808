// A bundle remembered with the content of every file it was made from (the
// root, each file a `$ref` reached, and redocly.yaml), in
// node_modules/.cache/contract-bundles/. When none of those files changed, the
// same bundle comes out, so `npm run lint`, `generate --check` and the gate's
// staleness check take it from here instead of loading the bundler and
// reading the whole contract again. Any doubt (a file gone or changed, an
// unreadable entry) is a miss, never a guess.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../../model/registry.js';

const CACHE = join(projectRoot, 'node_modules', '.cache', 'contract-bundles');

interface Entry {
  /** Every file the bundle was made from, with the sha-1 of its content. */
  files: Record<string, string>;
  text: string;
}

const hashOf = (content: string | Buffer) => createHash('sha1').update(content).digest('hex');
const entryFile = (root: string, configPath: string) => join(CACHE, `${hashOf(`${root}\n${configPath}`)}.json`);

function fileHash(file: string): string | undefined {
  try {
    return hashOf(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** Every file a bundle was made from, with the sha-1 of its content. */
export type Sources = Record<string, string>;

/** The sha-1 of a text, as the cache keys use it. */
export const sha1 = hashOf;

/** The remembered bundle of `root`, with the files it came from, when none of them changed. */
export function cachedBundle(root: string, configPath: string): { text: string; sources: Sources } | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(entryFile(root, configPath), 'utf8')) as Entry;
  } catch {
    return undefined;
  }
  const files = Object.entries(entry.files ?? {});
  if (files.length === 0 || typeof entry.text !== 'string') return undefined;
  return files.every(([file, hash]) => fileHash(file) === hash) ? { text: entry.text, sources: entry.files } : undefined;
}

/** Remember a bundle and the files it was made from (returned with their hashes); a failure to write only costs the next run time. */
export async function rememberBundle(root: string, configPath: string, dependencies: Iterable<string>, text: string): Promise<Sources> {
  const files: Sources = {};
  for (const file of new Set([...dependencies, root, configPath])) {
    const hash = fileHash(file);
    if (hash === undefined) return files;
    files[file] = hash;
  }
  const target = entryFile(root, configPath);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    await mkdir(CACHE, { recursive: true });
    await writeFile(temp, JSON.stringify({ files, text } satisfies Entry));
    await rename(temp, target);
  } catch {
    // The cache is an optimisation: without it the next run bundles again.
  }
  return files;
}
