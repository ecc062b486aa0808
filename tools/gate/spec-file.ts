// The two descriptions the gate compares, read so that it can rely on them:
// a bundle that loads, resolves every `$ref`, and carries a semver
// info.version. Kept apart from the comparison so that a bad file is reported
// before the comparison's tools (redocly diff, ajv) are even loaded.
import { readBundleFile, shown, UserError } from '../../model/input.js';
import { isObject, type Spec } from '../../model/spec.js';
import { parseVersion, type Version } from './semver.ts';

/**
 * A bundled description (a JSON file) the gate can rely on: it loads, every
 * `$ref` resolves, `info.version` is semver and `paths` (when present) is a
 * map; else one line naming the file, ending in `hint` when given.
 */
export function readSpec(file: string, hint?: string): Spec {
  const spec = readBundleFile(file, hint);
  specVersion(spec, file, hint);
  if (spec.paths !== undefined && !isObject(spec.paths)) throw new UserError(`${shown(file)}: \`paths\` is not a map of paths${hint ? ` (${hint})` : ''}`);
  return spec;
}

export function specVersion(spec: Spec, file: string, hint?: string): Version {
  const version = parseVersion(isObject(spec.info) ? spec.info.version : undefined);
  if (!version) {
    const what = isObject(spec.info) ? `info.version ${JSON.stringify(spec.info.version)} is not semver (major.minor.patch)` : 'no `info` object, so no info.version';
    throw new UserError(`${shown(file)}: ${what}${hint ? ` (${hint})` : ''}`);
  }
  return version;
}

