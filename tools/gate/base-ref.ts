// `npm run diff -- --base <ref>`: the baseline of a pull request is what its
// base branch has committed, not the released snapshot in the working tree,
// which the pull request itself could overwrite (copy the bundle over it and a
// breaking change passes). The base's bundle carries the base's info.version,
// so a breaking change needs a major above that, whatever was released.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { execa } from 'execa';
import { asSpec, parseJson, UserError } from '../../model/input.js';
import { projectRoot, type ApiEntry } from '../../model/registry.js';
import type { Spec } from '../../model/spec.js';
import { rel } from '../report/annotations.ts';
import { readSpec, specVersion } from './spec-file.ts';
import { compareVersions } from './semver.ts';

type Api = Pick<ApiEntry, 'name' | 'root' | 'bundle' | 'snapshot'>;

/** Throws a one-line UserError when `ref` is not a commit in the clone at `cwd`. */
export async function assertCommit(ref: string, cwd = projectRoot): Promise<void> {
  // A leading dash would reach git as an option rather than a ref.
  if (ref.startsWith('-') || ref.trim() === '') throw new UserError(`--base: "${ref}" is not a git ref`);
  const result = await execa('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, reject: false });
  if (result.exitCode !== 0) throw new UserError(`--base: "${ref}" is not a commit in this clone (fetch it; on GitHub check out with fetch-depth: 0)`);
}

/** The file's text as committed at `ref` (checked by assertCommit), or undefined when it is not there. */
export async function showAtRef(ref: string, file: string, cwd = projectRoot): Promise<string | undefined> {
  // `<ref>:./<path>` is relative to cwd, so the project may sit below the repository's top.
  const result = await execa('git', ['show', `${ref}:./${relative(cwd, file).split('\\').join('/')}`], { cwd, reject: false });
  return result.exitCode === 0 ? result.stdout : undefined;
}

/** A file's text at a git ref, read as a bundled spec; problems name it `ref:path`. */
function parseAt(text: string, ref: string, file: string): Spec {
  const name = `${ref}:${rel(file)}`;
  return asSpec(parseJson(text, name), name);
}

export interface Baseline {
  /** The description to compare today's bundle with. */
  file: string;
  /** Set when that is the base ref's bundle; unset for the released snapshot. */
  ref?: string;
}

/**
 * The base ref's bundle, copied into `scratch` for redocly diff; the released
 * snapshot without a base ref, or when the API is new since the base ref.
 */
export async function chooseBaseline(api: Api, base: string | undefined, scratch: string, cwd = projectRoot): Promise<Baseline> {
  const text = base === undefined ? undefined : await showAtRef(base, api.bundle, cwd);
  if (base === undefined || text === undefined) return { file: api.snapshot };
  parseAt(text, base, api.bundle);
  const file = join(scratch, api.name, 'openapi.json');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  return { file, ref: base };
}

/**
 * A problem line when the change set altered the released snapshot other than
 * by a real release: the snapshot must then equal today's bundle and carry a
 * version above the base ref's snapshot. A deleted snapshot is left to the
 * "no release recorded" check.
 */
export async function snapshotChange(api: Api, base: string, cwd = projectRoot): Promise<string | undefined> {
  const snapshot = api.snapshot;
  if (!existsSync(snapshot)) return undefined;
  const before = await showAtRef(base, snapshot, cwd);
  const beforeSpec = before === undefined ? undefined : parseAt(before, base, snapshot);
  const now = readSpec(snapshot);
  if (beforeSpec && isDeepStrictEqual(beforeSpec, now)) return undefined;
  const how = `the snapshot changes only through npm run release -- ${api.name}`;
  if (!isDeepStrictEqual(now, readSpec(api.bundle))) {
    return `${rel(snapshot)}: changed since ${base} but differs from ${rel(api.bundle)}; ${how}`;
  }
  if (!beforeSpec) return undefined; // The first release of this API: nothing to compare its version with.
  const was = specVersion(beforeSpec, snapshot);
  const is = specVersion(now, snapshot);
  if (compareVersions(is, was) <= 0) return `${rel(snapshot)}: changed since ${base} but its version ${is.text} is not above the ${was.text} released there; ${how}`;
  return undefined;
}
