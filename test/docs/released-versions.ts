// The versions a release snapshot went through, read straight from git: an
// oracle for the changelog that shares no code with it. Each version with
// the date (YYYY-MM-DD) of the first commit that carries it, oldest first.
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { projectRoot } from '../../model/registry.js';

export async function releasedVersions(snapshot: string): Promise<{ version: string; date: string }[]> {
  const path = relative(projectRoot, snapshot);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const commits = git('log', '--reverse', '--format=%H %cs', '--', path).trim().split('\n').filter(Boolean);
  const versions: { version: string; date: string }[] = [];
  for (const line of commits) {
    const [commit, date] = line.split(' ') as [string, string];
    const version = JSON.parse(git('show', `${commit}:${path}`)).info.version as string;
    if (versions.at(-1)?.version !== version) versions.push({ version, date });
  }
  return versions;
}
