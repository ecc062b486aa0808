// Recording a release: copy today's bundle over the API's released snapshot,
// but only when info.version went up and the breaking-change gate passes, so a
// release can never hide a breaking change inside a minor or patch version.
import { constants, existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../../model/input.js';
import { rel } from '../report/annotations.ts';
import { compareSpecs, readSpec, specVersion, verdictLine } from './compat.ts';
import { compareVersions } from './semver.ts';

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

/** Write the snapshot and return a one-line report; throws UserError (writing nothing) when refused. */
export async function recordRelease(files: ReleaseFiles): Promise<string> {
  const { name, bundle, snapshot, versionFile } = files;
  if (!existsSync(bundle)) throw new UserError(`${rel(bundle)}: missing; run npm run generate first`);
  const version = specVersion(readSpec(bundle), bundle);

  if (!existsSync(snapshot)) {
    await mkdir(dirname(snapshot), { recursive: true });
    // COPYFILE_EXCL: never overwrite a snapshot that appeared meanwhile.
    await copyFile(bundle, snapshot, constants.COPYFILE_EXCL);
    return `${name}: released ${version.text} (first release) to ${rel(snapshot)}`;
  }

  const released = specVersion(readSpec(snapshot), snapshot);
  if (compareVersions(version, released) <= 0) {
    throw new UserError(
      `${rel(snapshot)}: ${name} ${released.text} is already released and info.version in ${rel(versionFile)} is ${version.text}; raise it before releasing`,
    );
  }
  const comparison = await compareSpecs(snapshot, bundle);
  if (!comparison.passed) throw new UserError(`${verdictLine(name, comparison, versionFile)} (see npm run diff -- ${name})`);
  await copyFile(bundle, snapshot);
  return `${name}: released ${version.text} (was ${released.text}) to ${rel(snapshot)}`;
}
