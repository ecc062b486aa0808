// The breaking-change gate shared by `npm run diff` and `npm run release`:
// compare a baseline description (the released snapshot
// openapi/<api>/released/openapi.json, or with `npm run diff -- --base <ref>`
// the base ref's committed bundle) with today's bundle
// (generated/<api>/openapi.json), and pass only if no change breaks
// integrators or info.version's major number was raised above the baseline's.
//
// Two sources of breaking changes:
// 1. `redocly diff` with every diff rule on (tools/gate/redocly-diff.yaml). It
//    follows $refs and rates error responses exactly like success responses:
//    a removed property, a newly required request property, a removed or
//    renumbered response (404 → 410), a removed media type or header, a narrowed
//    request constraint or a changed/loosened error schema are all `major`.
// 2. checkErrorCatalog() (tools/gate/catalog-compat.ts), because redocly diff
//    ignores `x-` extensions and `x-error-catalog` holds the error codes that
//    integrators branch on.
// Versions: a breaking change needs a higher major number, also below 1.0.0
// (stricter than semver and than `redocly diff --check-version`); additive
// changes pass without a bump, with a warning (additiveWarning), because
// `npm run release` refuses an unchanged version; a lowered info.version
// always fails.
import { fileURLToPath } from 'node:url';
import { readJsonFile, readSpecFile, shown, UserError } from '../../model/input.js';
import type { Spec } from '../../model/spec.js';
import { problemLine, tool } from '../cli/tool.ts';
import { pointerPath, rel, type Finding, type Impact } from '../report/annotations.ts';
import { checkErrorCatalog } from './catalog-compat.ts';
import { compareVersions, parseVersion, type Version } from './semver.ts';

export interface Comparison {
  base: Version;
  revision: Version;
  /** Change counts by impact, redocly diff's and the catalog check's together. */
  summary: Record<Impact, number>;
  /** Every `major` finding; empty when nothing breaks integrators. */
  breaking: Finding[];
  /** Every change, rated or not, as data for readers (the docs changelog); empty when the version was lowered. */
  changes: Change[];
  /**
   * `ok`: nothing breaking; `major-bump`: breaking, but the major number was raised;
   * `needs-major`: breaking without a major bump; `version-lowered`: info.version went down.
   */
  outcome: 'ok' | 'major-bump' | 'needs-major' | 'version-lowered';
  passed: boolean;
}

/** One change between two descriptions: redocly diff's (with the values before and after) or the catalog check's (with its message). */
export interface Change {
  impact: Impact;
  /** `added`, `removed`, `modified` (redocly diff), or the catalog rule, e.g. `error-code-added`. */
  kind: string;
  /** Where, as JSON path segments: in the revision, or in the base for a removal. */
  path: string[];
  /** The changed keyword of a modified object, e.g. `maxLength`, `description`. */
  property?: string;
  before?: unknown;
  after?: unknown;
  /** The rule's words, when a rule rated the change. */
  message?: string;
}

export const DIFF_CONFIG = fileURLToPath(new URL('./redocly-diff.yaml', import.meta.url));

/** A bundled description (a JSON file), through the one spec reader. */
export function readSpec(file: string): Spec {
  return readSpecFile(file, readJsonFile(file));
}

export function specVersion(spec: Spec, file: string): Version {
  const version = parseVersion(spec.info?.version);
  if (!version) throw new UserError(`${shown(file)}: info.version ${JSON.stringify(spec.info?.version)} is not semver (major.minor.patch)`);
  return version;
}

/** Compare two bundled descriptions; `base` is the released one. */
export async function compareSpecs(basePath: string, revisionPath: string): Promise<Comparison> {
  const baseSpec = readSpec(basePath);
  const revisionSpec = readSpec(revisionPath);
  const base = specVersion(baseSpec, basePath);
  const revision = specVersion(revisionSpec, revisionPath);

  // A lowered version fails whatever changed; no need to rate the changes.
  if (compareVersions(revision, base) < 0) {
    return { base, revision, summary: { major: 0, minor: 0, patch: 0 }, breaking: [], changes: [], outcome: 'version-lowered', passed: false };
  }
  const redocly = await redoclyDiff(basePath, revisionPath);
  const catalog = checkErrorCatalog(baseSpec, revisionSpec, basePath, revisionPath);
  const findings = [...redocly.findings, ...catalog];
  const summary = { ...redocly.summary };
  for (const finding of catalog) summary[finding.impact] += 1;
  const breaking = findings.filter((finding) => finding.impact === 'major');
  const changes = [...redocly.changes, ...catalog.map((finding): Change => ({ impact: finding.impact, kind: finding.rule, path: finding.path ?? [], message: finding.message }))];
  const outcome: Comparison['outcome'] = breaking.length === 0 ? 'ok' : revision.major > base.major ? 'major-bump' : 'needs-major';
  return { base, revision, summary, breaking, changes, outcome, passed: outcome !== 'needs-major' };
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

// ---------------------------------------------------------------------------
// redocly diff

interface DiffLocation {
  file: string;
  pointer?: string;
  line?: number;
  col?: number;
}
interface DiffReport {
  summary?: Partial<Record<Impact, number>>;
  changes: Array<{
    path: string;
    kind: string;
    impact: Impact;
    verdicts: Array<{ ruleId: string; impact: Impact; message: string; location?: DiffLocation }>;
    property?: string;
    base?: DiffLocation & { value?: unknown };
    revision?: DiffLocation & { value?: unknown };
  }>;
}

async function redoclyDiff(basePath: string, revisionPath: string): Promise<{ summary: Record<Impact, number>; findings: Finding[]; changes: Change[] }> {
  // --fail-on none: this module decides, because --check-version would also
  // fail an additive change without a minor bump, and reads 0.x versions by
  // semver's "anything may break" rule.
  const args = ['diff', basePath, revisionPath, '--config', DIFF_CONFIG, '--format', 'json', '--fail-on', 'none', '--lint-config', 'off'];
  const result = await tool('redocly', args, {
    all: false,
    env: { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' },
  });
  let report: DiffReport;
  try {
    if (result.exitCode !== 0) throw new Error();
    report = JSON.parse(String(result.stdout)) as DiffReport;
  } catch {
    const problem = problemLine(String(result.stderr ?? ''), `exit code ${result.exitCode}`);
    throw new UserError(`${shown(revisionPath)}: redocly diff against ${shown(basePath)} failed: ${problem}`);
  }
  const findings: Finding[] = [];
  const changes: Change[] = [];
  for (const change of report.changes ?? []) {
    const message = (change.verdicts ?? []).map((verdict) => verdict.message).join(' ') || undefined;
    changes.push({ impact: change.impact, kind: change.kind, path: pointerPath(change.path) ?? [], property: change.property, before: change.base?.value, after: change.revision?.value, message });
    for (const verdict of change.verdicts ?? []) findings.push(fromLocation(verdict.impact, verdict.ruleId, verdict.message, verdict.location ?? change.revision ?? change.base));
    // A change is `major` only through a rule's verdict; kept in case a future
    // redocly rates one without, so the gate never passes it silently.
    if (change.impact === 'major' && !(change.verdicts ?? []).some((verdict) => verdict.impact === 'major')) {
      findings.push(fromLocation('major', 'diff', `${change.kind}: ${change.path}`, change.revision ?? change.base));
    }
  }
  return { summary: { major: 0, minor: 0, patch: 0, ...report.summary }, findings, changes };
}

function fromLocation(impact: Impact, rule: string, message: string, location: DiffLocation | undefined): Finding {
  return { impact, rule, message, file: location ? rel(location.file) : '', line: location?.line, col: location?.col, path: pointerPath(location?.pointer) };
}

