// Recording a release: copy today's bundle over the API's released snapshot,
// but only when info.version went up and the breaking-change gate passes, so a
// release can never hide a breaking change inside a minor or patch version.
// Every check runs before anything is written, and the snapshot is replaced in
// one rename: a refused or failed release leaves it exactly as it was.
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../../model/input.js';
import { rel } from '../report/annotations.ts';
import { compareVersions } from './semver.ts';
import { readSpec, specVersion } from './spec-file.ts';

export interface ReleaseFiles {
  /** API name, for messages. */
  name: string;
  /** Today's bundle, e.g. generated/<api>/openapi.json. */
  bundle: string;
  /** The released snapshot, e.g. openapi/<api>/released/openapi.json. */
  snapshot: string;
  /** Where a person raises info.version: the hand-written root. */
  versionFile: string;
}

export interface ReleaseOptions {
  /** The API has no release yet: required when the snapshot is missing but history or the version say it had one, or when git cannot tell. */
  firstRelease?: boolean;
  /** Runs after the quick checks of both files and before the comparison, e.g. the check that the bundle is current. */
  beforeCompare?: () => Promise<void>;
}

/** Write the snapshot and return a one-line report; throws UserError (writing nothing) when refused. */
export async function recordRelease(files: ReleaseFiles, { firstRelease = false, beforeCompare }: ReleaseOptions = {}): Promise<string> {
  const { name, bundle, snapshot, versionFile } = files;
  if (!existsSync(bundle)) throw new UserError(`${rel(bundle)}: missing; run npm run generate first`);
  const version = specVersion(readSpec(bundle, 'run npm run generate'), bundle);

  if (!existsSync(snapshot)) {
    if (!firstRelease) {
      const { missingButReleased, releaseHistory } = await import('./history.ts');
      const history = await releaseHistory(snapshot, version);
      if (history.released === true) throw new UserError(`${missingButReleased(snapshot, name, history)}, or pass --first-release if this really is its first release`);
      if (history.released === 'unknown') {
        throw new UserError(`${rel(snapshot)}: missing, and git cannot tell whether ${name} was released before (${history.why}); pass --first-release if this is its first release`);
      }
    }
    await beforeCompare?.();
    await writeSnapshot(bundle, snapshot, { exclusive: true });
    return `${name}: released ${version.text} (first release) to ${rel(snapshot)}`;
  }
  if (firstRelease) throw new UserError(`--first-release: ${name} already has a release (${rel(snapshot)}); leave the flag out`);

  const released = specVersion(readSpec(snapshot), snapshot);
  if (compareVersions(version, released) <= 0) {
    throw new UserError(
      `${rel(snapshot)}: ${name} ${released.text} is already released and info.version in ${rel(versionFile)} is ${version.text}; raise it before releasing`,
    );
  }
  await beforeCompare?.();
  const { compareSpecs, verdictLine } = await import('./compat.ts');
  const comparison = await compareSpecs(snapshot, bundle);
  if (!comparison.passed) throw new UserError(`${verdictLine(name, comparison, versionFile)} (see npm run diff -- ${name})`);
  await writeSnapshot(bundle, snapshot, { exclusive: false });
  return `${name}: released ${version.text} (was ${released.text}) to ${rel(snapshot)}`;
}

/**
 * The bundle's bytes, written beside the snapshot under a temporary name and
 * then moved into place (rename, or link when it must not overwrite a snapshot
 * that appeared meanwhile); never a half-written file.
 */
async function writeSnapshot(bundle: string, snapshot: string, { exclusive }: { exclusive: boolean }): Promise<void> {
  const temp = `${snapshot}.${process.pid}.tmp`;
  await mkdir(dirname(snapshot), { recursive: true });
  try {
    await writeFile(temp, await readFile(bundle));
    if (exclusive) await link(temp, snapshot);
    else await rename(temp, snapshot);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'EEXIST' ? `${rel(snapshot)}: appeared while releasing; run the release again` : `${rel(snapshot)}: cannot write: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await rm(temp, { force: true });
  }
}
