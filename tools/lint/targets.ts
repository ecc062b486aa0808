// What `npm run lint` hands the contract ruleset: one self-contained document
// per input. A bundle (local `$ref`s only) is linted as it is; a multi-file
// contract is bundled first, and results on the bundle are later reported on
// the hand-written files it came from (`origin`).
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { asSpec, parseJson, parseYaml, readTextFile, shown, UserError } from '../../model/input.js';
import { projectRoot, type ApiEntry } from '../../model/registry.js';
import { brokenRef, type Json } from '../../model/spec.js';
import { sha1, type Sources } from '../bundle/bundle-cache.ts';
import { bundleSpec } from '../bundle/bundle.ts';

export interface Target {
  /** The self-contained file to lint (local $refs only), its text, and its data when it is JSON. */
  file: string;
  text: string;
  data?: Json;
  /** Said on stderr before the results, e.g. that generated/ is stale. */
  note?: string;
  /** The hand-written root the file was bundled from: results are reported against its files. */
  origin?: string;
  /** Every file the text was made from, with the sha-1 of its content (the results depend on nothing else of the input). */
  sources: Sources;
}

// Bundles of multi-file specs that differ from the committed one live here, so
// that a result that cannot be traced to a hand-written line names a real file.
const CACHE = join(projectRoot, 'node_modules', '.cache', 'contract-lint');

/** A `$ref` and its target in JSON or YAML text: `"$ref": "#/a"`, `$ref: ./b.yaml`. */
const REF = /["']?\$ref["']?\s*:\s*["']?([^"'\s,}]*)/g;

/** Check one input and find the self-contained document to lint: itself, or its bundle. */
export async function prepare(file: string, api?: ApiEntry): Promise<Target> {
  const text = readTextFile(file);
  const json = extname(file) === '.json';
  const doc = asSpec(json ? parseJson(text, file) : parseYaml(text, file), file);
  // Judged from the text: much faster than walking a big bundle for its $refs.
  if ([...text.matchAll(REF)].every((match) => match[1]!.startsWith('#'))) {
    const broken = brokenRef(doc);
    if (broken) throw new UserError(`${shown(file)}: broken $ref ${broken.ref} at ${broken.at}: nothing there`);
    return { file, text, data: json ? doc : undefined, sources: { [file]: sha1(text) } };
  }
  const bundled = await bundleSpec(file);
  const origin = api?.root ?? file;
  if (api && (await readFile(api.bundle, 'utf8').catch(() => '')) === bundled.text) return { file: api.bundle, text: bundled.text, data: bundled.spec, origin, sources: bundled.sources };
  const name = api?.name ?? `${basename(file, extname(file))}-${createHash('sha1').update(file).digest('hex').slice(0, 8)}`;
  const bundle = join(CACHE, `${name}.json`);
  // Written under a name of this run's own, then renamed: a lint running at the same time never reads half a bundle.
  const temp = join(CACHE, `${name}.${process.pid}-${randomUUID().slice(0, 8)}.tmp.json`);
  await mkdir(CACHE, { recursive: true });
  try {
    await writeFile(temp, bundled.text);
    await rename(temp, bundle);
  } finally {
    await rm(temp, { force: true });
  }
  const note = api ? `${api.name}: ${shown(api.bundle)} is stale (run npm run generate)` : undefined;
  return { file: bundle, text: bundled.text, data: bundled.spec, note, origin, sources: bundled.sources };
}
