// Every released version of an API, from the git history of its release
// snapshot (openapi/<api>/released/openapi.json): the first commit that
// carries a version gives its date, and consecutive versions are compared by
// the breaking-change gate's compareSpecs, so the changelog rates each change
// exactly as the gate did.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { asSpec, parseJson, shown, UserError } from '../../model/input.js';
import { projectRoot, type ApiEntry } from '../../model/registry.js';
import type { Spec } from '../../model/spec.js';
import type { Change } from '../gate/changes.ts';
import { compareSpecs, readSpec } from '../gate/compat.ts';
import { showAtRef } from '../gate/base-ref.ts';
import { gitPath, isShallow } from '../gate/history.ts';

export interface Release {
  version: string;
  /** `YYYY-MM-DD` of the commit that recorded it; undefined while the release is not committed. */
  date?: string;
  /** What changed since the previous release, as the gate rates it; undefined for the first. */
  changes?: Change[];
}

/** The API's releases, newest first; none when it was never released. `scratch` holds the snapshots compared. */
export async function releaseHistory(api: Pick<ApiEntry, 'name' | 'snapshot'>, scratch: string, cwd = projectRoot): Promise<Release[]> {
  if (!existsSync(api.snapshot)) return [];
  const path = gitPath(cwd, api.snapshot);
  const log = await execa('git', ['log', '--format=%H %cs', '--', `./${path}`], { cwd, reject: false });
  if (log.exitCode !== 0) throw new UserError(`${shown(api.snapshot)}: cannot read its release history: ${log.stderr.split('\n')[0] || `git exited with ${log.exitCode}`}`);
  const commits = log.stdout.split('\n').filter(Boolean).map((line) => line.split(' ') as [string, string]).reverse();
  if (commits.length === 0 && (await isShallow(cwd))) {
    throw new UserError(`${shown(api.snapshot)}: this clone's history does not reach its releases (a shallow clone: fetch the full history)`);
  }

  // Oldest first: a version's date is its first commit, its content the last one with that version.
  const versions: { version: string; date?: string; spec: Spec }[] = [];
  const record = (version: string, date: string | undefined, spec: Spec) => {
    const last = versions.at(-1);
    if (last?.version === version) last.spec = spec;
    else versions.push({ version, date, spec });
  };
  for (const [commit, date] of commits) {
    const text = await showAtRef(commit, api.snapshot, cwd);
    if (text === undefined) continue; // the commit deleted it
    const spec = asSpec(parseJson(text, `${commit.slice(0, 7)}:${path}`), `${commit.slice(0, 7)}:${path}`);
    record(String(spec.info?.version), date, spec);
  }
  const current = readSpec(api.snapshot);
  record(String(current.info?.version), undefined, current);

  const folder = join(scratch, `${api.name}-releases`);
  await mkdir(folder, { recursive: true });
  const files = await Promise.all(
    versions.map(async ({ spec }, index) => {
      const file = join(folder, `${index}.json`);
      await writeFile(file, JSON.stringify(spec));
      return file;
    }),
  );
  const releases: Release[] = [];
  for (const [index, { version, date }] of versions.entries()) {
    const changes = index === 0 ? undefined : (await compareSpecs(files[index - 1]!, files[index]!)).changes;
    releases.push({ version, date, changes });
  }
  return releases.reverse();
}
