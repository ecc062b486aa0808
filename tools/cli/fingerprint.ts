// Skipping work whose inputs did not change, decided by content, never by
// timestamps (a checkout, `npm ci` or a copy changes those without changing
// anything that matters). A step names the files and folders it reads and
// writes; after it succeeds, a stamp records a hash of both. Next time the
// step is skipped only when both hashes are still the same: an edited input,
// or an output that someone else changed or deleted, runs it again.
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { projectRoot } from '../../model/registry.js';

/** Where stamps live, under the project: beside the built docs, so `npm ci` (which empties node_modules) keeps them. */
const STAMP_DIR = join('dist', '.stamps');

export interface CachedStep {
  /** Names the stamp file. */
  name: string;
  /** Files and folders (relative to the project) whose content decides the result. */
  inputs: string[];
  /** Files and folders the step writes. */
  outputs: string[];
  /** What else decides the result that is not a file's content, e.g. the git history a page shows. */
  facts?: string;
}

/** A hash of every file under `paths` (relative to `root`): names and contents, in a stable order; a missing path counts as itself. */
export async function fingerprint(paths: string[], root = projectRoot): Promise<string> {
  const hash = createHash('sha256');
  for (const path of [...paths].sort()) {
    for (const file of await filesUnder(join(root, path))) {
      hash.update(`${relative(root, file).split(sep).join('/')}\0`);
      hash.update(await readFile(file));
      hash.update('\0');
    }
    hash.update(`${path}\n`);
  }
  return hash.digest('hex');
}

async function filesUnder(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return [path];
    if (code === 'ENOENT') return [];
    throw error;
  }
}

interface Stamp {
  inputs: string;
  outputs: string;
}

/**
 * Runs `work` unless the step's inputs and outputs hash as they did after its
 * last success. Resolves `unchanged` when skipped, `ran` when it ran; a
 * failure leaves the old stamp, which no longer matches the inputs.
 */
export async function unlessUnchanged(step: CachedStep, work: () => Promise<void>, root = projectRoot): Promise<'ran' | 'unchanged'> {
  // The Node version is an input of every step: it can change what a tool makes.
  const facts = step.facts === undefined ? '' : createHash('sha256').update(step.facts).digest('hex');
  const inputs = `${process.version}:${await fingerprint(step.inputs, root)}:${facts}`;
  const file = join(root, STAMP_DIR, `${step.name}.json`);
  const stamp = await readFile(file, 'utf8').then(parseStamp, () => undefined);
  if (stamp?.inputs === inputs && stamp.outputs === (await fingerprint(step.outputs, root))) return 'unchanged';
  await work();
  const next: Stamp = { inputs, outputs: await fingerprint(step.outputs, root) };
  await writeJsonAtomically(file, next);
  return 'ran';
}

/**
 * Writes `value` as JSON to `file` (its folder made if needed) through a file
 * of this write's own beside it, renamed into place: a reader, or another
 * write of the same file (in this process or another), never sees half of it.
 */
export async function writeJsonAtomically(file: string, value: unknown): Promise<void> {
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(temp, JSON.stringify(value));
  await rename(temp, file);
}

/** A stamp that cannot be read is no stamp: the step runs. */
function parseStamp(text: string): Stamp | undefined {
  try {
    return JSON.parse(text) as Stamp;
  } catch {
    return undefined;
  }
}
