// The breaking-change gate shared by `npm run diff` and `npm run release`:
// compare a baseline description (the released snapshot
// openapi/<api>/released/openapi.json, or with `npm run diff -- --base <ref>`
// the base ref's committed bundle) with today's bundle
// (generated/<api>/openapi.json), and pass only if no change breaks
// integrators or info.version's major number was raised above the baseline's.
//
// Two sources of changes, each rated major, minor or patch:
// 1. `redocly diff` (tools/gate/redocly-diff.ts), and
// 2. checkErrorCatalog() (tools/gate/catalog-compat.ts), because redocly diff
//    ignores `x-` extensions and `x-error-catalog` holds the error codes that
//    integrators branch on.
// Both descriptions go through the one bundle reader first: one that does not
// load, is not an OpenAPI document, or has a `$ref` to nothing fails in one
// line, so a broken snapshot cannot blind the gate.
// Versions: a breaking change needs a higher major number, also below 1.0.0
// (stricter than semver and than `redocly diff --check-version`); additive
// changes pass without a bump, with a warning (additiveWarning), because
// `npm run release` refuses an unchanged version; a lowered info.version
// always fails.
import { rel, type Finding, type Impact } from '../report/annotations.ts';
import { checkErrorCatalog } from './catalog-compat.ts';
import { countByImpact, type Change } from './changes.ts';
import { redoclyChanges } from './redocly-diff.ts';
import { compareVersions, type Version } from './semver.ts';
import { readSpec, specVersion } from './spec-file.ts';

export { readSpec, specVersion } from './spec-file.ts';

export interface Comparison {
  base: Version;
  revision: Version;
  /** Change counts by impact, redocly diff's and the catalog check's together. */
  summary: Record<Impact, number>;
  /** Every change, rated or not, in the order found (redocly diff's, then the catalog's), as data for readers (the diff's changelog, the docs changelog); empty when the version was lowered. */
  changes: Change[];
  /** Every `major` finding (one per rule that rated a change major), placed in the bundle; empty when nothing breaks integrators. */
  breaking: Finding[];
  /**
   * `ok`: nothing breaking; `major-bump`: breaking, but the major number was raised;
   * `needs-major`: breaking without a major bump; `version-lowered`: info.version went down.
   */
  outcome: 'ok' | 'major-bump' | 'needs-major' | 'version-lowered';
  passed: boolean;
}

/** Compare two bundled descriptions; `base` is the released one. */
export async function compareSpecs(basePath: string, revisionPath: string): Promise<Comparison> {
  const baseSpec = readSpec(basePath);
  const revisionSpec = readSpec(revisionPath);
  const base = specVersion(baseSpec, basePath);
  const revision = specVersion(revisionSpec, revisionPath);

  // A lowered version fails whatever changed; no need to rate the changes.
  if (compareVersions(revision, base) < 0) {
    return { base, revision, summary: { major: 0, minor: 0, patch: 0 }, changes: [], breaking: [], outcome: 'version-lowered', passed: false };
  }
  const redocly = await redoclyChanges(basePath, revisionPath);
  const catalog = checkErrorCatalog(baseSpec, revisionSpec, basePath, revisionPath);
  const changes = [...redocly.changes, ...catalog];
  const breaking = [...redocly.findings, ...catalog.map((change) => change.source!)].filter((finding) => finding.impact === 'major');
  const outcome: Comparison['outcome'] = breaking.length === 0 ? 'ok' : revision.major > base.major ? 'major-bump' : 'needs-major';
  return { base, revision, summary: countByImpact(changes), changes, breaking, outcome, passed: outcome !== 'needs-major' };
}

/**
 * The one-line verdict for an API; `versionFile` is where a person raises
 * info.version, `since` names the baseline (default: the release).
 */
export function verdictLine(name: string, comparison: Comparison, versionFile: string, since = `release ${comparison.base.text}`): string {
  const { base, revision, breaking, summary } = comparison;
  const counts = `${summary.major} major, ${summary.minor} minor, ${summary.patch} patch`;
  switch (comparison.outcome) {
    case 'ok':
      return `${name}: passed: no breaking change since ${since} (${counts}; info.version ${revision.text})`;
    case 'major-bump':
      return `${name}: passed: ${breaking.length} breaking change(s) since ${since}, allowed by the major bump to ${revision.text}`;
    case 'needs-major':
      return `${name}: ${breaking.length} breaking change(s) since ${since} need a major version bump: raise info.version in ${rel(versionFile)} from ${revision.text} to ${base.major + 1}.0.0, or undo them`;
    case 'version-lowered':
      return `${name}: info.version ${revision.text} in ${rel(versionFile)} is lower than ${since}`;
  }
}

/**
 * A warning when additive changes sit under the released info.version
 * (`released`, by default the baseline's): two different descriptions would
 * both be called that version. Not a failure, so additive work can merge in
 * several pull requests; `npm run release` then requires the bump.
 */
export function additiveWarning(name: string, comparison: Comparison, versionFile: string, since = `release ${comparison.base.text}`, released = comparison.base): string | undefined {
  const { revision, summary } = comparison;
  if (comparison.outcome !== 'ok' || summary.minor === 0 || compareVersions(revision, released) > 0) return undefined;
  return `${name}: warning: ${summary.minor} additive change(s) since ${since}, but info.version is still the released ${released.text}; raise it in ${rel(versionFile)} to at least ${released.major}.${released.minor + 1}.0 before the next release`;
}
