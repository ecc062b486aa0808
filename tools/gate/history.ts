// Was an API released before? A missing snapshot must not let `npm run
// release` record a "first release" of an API that has one (its breaking
// changes would then never be compared with anything), nor let `npm run diff`
// suggest that. Evidence, either is enough: git history has the snapshot
// file, or the bundle's info.version is above 1.0.0 (earlier versions existed).
import { existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { execa } from 'execa';
import { rel } from '../report/annotations.ts';
import type { Version } from './semver.ts';

export type ReleaseHistory =
  | { released: true; evidence: string; restore?: string }
  | { released: false }
  | { released: 'unknown'; why: string };

/** What git and the version say about earlier releases of the API whose snapshot file is `snapshot`. */
export async function releaseHistory(snapshot: string, version: Version): Promise<ReleaseHistory> {
  // git runs in the nearest folder that exists (the released/ folder may be gone too), naming the file from there.
  let cwd = dirname(snapshot);
  while (!existsSync(cwd)) cwd = dirname(cwd);
  const path = gitPath(cwd, snapshot);
  const log = await execa('git', ['log', '--format=%h', '--', path], { cwd, reject: false });
  const commits = log.exitCode === 0 ? log.stdout.split('\n').filter(Boolean) : [];
  // The newest commit that has the file (the newest one touching it may be its deletion), so that checking it out restores it.
  for (const commit of commits) {
    const has = await execa('git', ['cat-file', '-e', `${commit}:./${path}`], { cwd, reject: false });
    if (has.exitCode === 0) return { released: true, evidence: `the snapshot is in git history at ${commit}`, restore: `git checkout ${commit} -- ${rel(snapshot)}` };
  }
  if (version.major > 1 || (version.major === 1 && (version.minor > 0 || version.patch > 0))) {
    return { released: true, evidence: `info.version ${version.text} is above 1.0.0, so earlier versions were released` };
  }
  if (log.exitCode !== 0) return { released: 'unknown', why: String(log.stderr).split('\n')[0]?.replace(/^fatal: /, '') || `git exited with code ${log.exitCode}` };
  if (await isShallow(cwd)) return { released: 'unknown', why: 'this clone is shallow, so git history is incomplete (fetch with fetch-depth: 0)' };
  return { released: false };
}

/** `file` as git names it from `cwd`: relative, with forward slashes. */
export const gitPath = (cwd: string, file: string): string => relative(cwd, file).split('\\').join('/');

/** Whether the clone at `cwd` is shallow, so that its history may stop short of a release. */
export async function isShallow(cwd: string): Promise<boolean> {
  const result = await execa('git', ['rev-parse', '--is-shallow-repository'], { cwd, reject: false });
  return result.stdout.trim() === 'true';
}

/** The start of the one line that refuses a missing snapshot of an API released before: what says so, and how to restore it. */
export function missingButReleased(snapshot: string, name: string, history: { evidence: string; restore?: string }): string {
  return `${rel(snapshot)}: missing, but ${name} was released before (${history.evidence}); restore it ${history.restore ? `(${history.restore})` : 'from git'}`;
}
