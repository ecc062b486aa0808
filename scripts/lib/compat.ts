// The breaking-change gate shared by `npm run diff` and `npm run release`:
// compare an API's released description (openapi/<api>/released/openapi.json)
// with today's bundle (generated/<api>/openapi.json), and pass only if no change
// breaks integrators or info.version's major number was raised.
//
// Two sources of breaking changes:
// 1. `redocly diff` with every diff rule on (scripts/lib/redocly-diff.yaml). It
//    follows $refs and rates error responses exactly like success responses:
//    a removed property, a newly required request property, a removed or
//    renumbered response (404 → 410), a removed media type or header, a narrowed
//    request constraint or a changed/loosened error schema are all `major`.
// 2. checkErrorCatalog() below, because redocly diff ignores `x-` extensions:
//    `x-error-catalog` holds the documented error codes that integrators branch
//    on (and the typed client's error-code types), so a removed or renamed code,
//    a code moved to another status, a changed code value, or a code that no
//    longer occurs in an operation is breaking too. New codes are `minor`.
// Versions: a breaking change needs a higher major number, also below 1.0.0
// (stricter than semver and than `redocly diff --check-version`); additive
// changes pass without a bump; a lowered info.version always fails.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { codeValue, occursIn } from './catalog.ts';
import { projectRoot, UserError, type ApiEntry } from './apis.ts';
import { quiet, tool } from './run.ts';
import { compareVersions, parseVersion, type Version } from './semver.ts';
import { listOperations, type BundledSpec } from './spec.ts';

export type Impact = 'major' | 'minor' | 'patch';

/** One change that a rule rated, with the place a reviewer should look at. */
export interface Finding {
  impact: Impact;
  rule: string;
  message: string;
  /** Relative to the project root when the file is inside it. */
  file: string;
  line?: number;
  col?: number;
}

export interface Comparison {
  base: Version;
  revision: Version;
  /** Change counts by impact, redocly diff's and the catalog check's together. */
  summary: Record<Impact, number>;
  /** Every `major` finding; empty when nothing breaks integrators. */
  breaking: Finding[];
  /**
   * `ok`: nothing breaking; `major-bump`: breaking, but the major number was raised;
   * `needs-major`: breaking without a major bump; `version-lowered`: info.version went down.
   */
  outcome: 'ok' | 'major-bump' | 'needs-major' | 'version-lowered';
  passed: boolean;
}

export const DIFF_CONFIG = join(projectRoot, 'scripts', 'lib', 'redocly-diff.yaml');

/** Where an API's last released description is kept: beside its hand-written root. */
export function releasedPath(api: Pick<ApiEntry, 'root'>): string {
  return join(dirname(api.root), 'released', 'openapi.json');
}

export function rel(file: string): string {
  const relativePath = relative(projectRoot, resolve(projectRoot, file));
  return relativePath.startsWith('..') ? resolve(projectRoot, file) : relativePath;
}

export function readSpec(file: string): BundledSpec {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`${rel(file)}: cannot read the file`);
  }
  try {
    return JSON.parse(text) as BundledSpec;
  } catch (error) {
    throw new UserError(`${rel(file)}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}

export function specVersion(spec: BundledSpec, file: string): Version {
  const version = parseVersion(spec.info?.version);
  if (!version) throw new UserError(`${rel(file)}: info.version ${JSON.stringify(spec.info?.version)} is not semver (major.minor.patch)`);
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
    return { base, revision, summary: { major: 0, minor: 0, patch: 0 }, breaking: [], outcome: 'version-lowered', passed: false };
  }
  const redocly = await redoclyDiff(basePath, revisionPath);
  const catalog = checkErrorCatalog(baseSpec, revisionSpec, basePath, revisionPath);
  const findings = [...redocly.findings, ...catalog];
  const summary = { ...redocly.summary };
  for (const finding of catalog) summary[finding.impact] += 1;
  const breaking = findings.filter((finding) => finding.impact === 'major');
  const outcome: Comparison['outcome'] = breaking.length === 0 ? 'ok' : revision.major > base.major ? 'major-bump' : 'needs-major';
  return { base, revision, summary, breaking, outcome, passed: outcome !== 'needs-major' };
}

/** The one-line verdict for an API; `versionFile` is where a person raises info.version. */
export function verdictLine(name: string, comparison: Comparison, versionFile: string): string {
  const { base, revision, breaking, summary } = comparison;
  const counts = `${summary.major} major, ${summary.minor} minor, ${summary.patch} patch`;
  switch (comparison.outcome) {
    case 'ok':
      return `${name}: passed: no breaking change since release ${base.text} (${counts}; info.version ${revision.text})`;
    case 'major-bump':
      return `${name}: passed: ${breaking.length} breaking change(s) since release ${base.text}, allowed by the major bump to ${revision.text}`;
    case 'needs-major':
      return `${name}: ${breaking.length} breaking change(s) since release ${base.text} need a major version bump: raise info.version in ${rel(versionFile)} from ${revision.text} to ${base.major + 1}.0.0, or undo them`;
    case 'version-lowered':
      return `${name}: info.version ${revision.text} in ${rel(versionFile)} is lower than the released ${base.text}`;
  }
}

export type Format = 'stylish' | 'github-actions';

/** A finding as a log line, or as a GitHub Actions annotation on its file and line. */
export function formatFinding(finding: Finding, format: Format, level: 'error' | 'notice' = 'error'): string {
  if (format === 'github-actions') {
    const properties = [`file=${finding.file}`, finding.line && `line=${finding.line}`, finding.col && `col=${finding.col}`, `title=${finding.rule}`]
      .filter(Boolean)
      .map((property) => escapeProperty(property as string));
    return `::${level} ${properties.join(',')}::${escapeData(finding.message)}`;
  }
  const place = [finding.file, finding.line, finding.col].filter((part) => part !== undefined).join(':');
  return `  ${place}  ${finding.message} (${finding.rule})`;
}

/** A verdict as a GitHub Actions error on the `version:` line of `versionFile` (or on no line). */
export function annotateVerdict(line: string, versionFile?: string): string {
  const text = versionFile && existsSync(versionFile) ? readFileSync(versionFile, 'utf8').split('\n') : [];
  const at = text.findIndex((candidate) => /^\s+version\s*:/.test(candidate));
  const place = versionFile && at >= 0 ? { file: rel(versionFile), line: at + 1 } : { file: versionFile ? rel(versionFile) : '' };
  return formatFinding({ impact: 'major', rule: 'breaking-change-gate', message: line, ...place }, 'github-actions');
}

// GitHub's workflow-command escaping: data escapes % CR LF; property values also : and ,.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(property: string): string {
  const [key, ...value] = property.split('=');
  return `${key}=${escapeData(value.join('=')).replace(/:/g, '%3A').replace(/,/g, '%2C')}`;
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
    base?: DiffLocation;
    revision?: DiffLocation;
  }>;
}

async function redoclyDiff(basePath: string, revisionPath: string): Promise<{ summary: Record<Impact, number>; findings: Finding[] }> {
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
    const problem = quiet(String(result.stderr ?? '')).split('\n').find((line) => line.trim()) ?? `exit code ${result.exitCode}`;
    throw new UserError(`${rel(revisionPath)}: redocly diff against ${rel(basePath)} failed: ${problem.trim()}`);
  }
  const findings: Finding[] = [];
  for (const change of report.changes ?? []) {
    for (const verdict of change.verdicts ?? []) findings.push(fromLocation(verdict.impact, verdict.ruleId, verdict.message, verdict.location ?? change.revision ?? change.base));
    // A change is `major` only through a rule's verdict; kept in case a future
    // redocly rates one without, so the gate never passes it silently.
    if (change.impact === 'major' && !(change.verdicts ?? []).some((verdict) => verdict.impact === 'major')) {
      findings.push(fromLocation('major', 'diff', `${change.kind}: ${change.path}`, change.revision ?? change.base));
    }
  }
  return { summary: { major: 0, minor: 0, patch: 0, ...report.summary }, findings };
}

function fromLocation(impact: Impact, rule: string, message: string, location: DiffLocation | undefined): Finding {
  return { impact, rule, message, file: location ? rel(location.file) : '', line: location?.line, col: location?.col };
}

// ---------------------------------------------------------------------------
// x-error-catalog

interface CatalogChange {
  impact: Impact;
  rule: string;
  message: string;
  /** Which file shows the change, and the catalog key to point at in it. */
  side: 'base' | 'revision';
  key: string;
}

/**
 * Breaking changes to the documented error codes, which redocly diff cannot see
 * (it skips `x-` extensions). Operations removed altogether are left to redocly
 * diff's `operation-removed`.
 */
export function catalogChanges(baseSpec: BundledSpec, revisionSpec: BundledSpec): CatalogChange[] {
  const before = baseSpec['x-error-catalog'];
  const after = revisionSpec['x-error-catalog'];
  if (!before) return [];
  if (!after) return [{ impact: 'major', rule: 'error-catalog-removed', message: 'The x-error-catalog (every documented error code) was removed.', side: 'base', key: 'x-error-catalog' }];
  const changes: CatalogChange[] = [];
  if (before.codeField !== after.codeField) {
    changes.push({ impact: 'major', rule: 'error-code-field-changed', message: `Error codes moved from \`${before.codeField}\` to \`${after.codeField}\`.`, side: 'revision', key: 'codeField' });
  }
  const baseOperations = listOperations(baseSpec).map((operation) => operation.operationId);
  const revisionOperations = new Set(listOperations(revisionSpec).map((operation) => operation.operationId));
  for (const [code, entry] of Object.entries(before.codes ?? {})) {
    const next = after.codes?.[code];
    if (!next) {
      changes.push({ impact: 'major', rule: 'error-code-removed', message: `Documented error code \`${code}\` (${entry.status}) was removed.`, side: 'base', key: code });
      continue;
    }
    if (next.status !== entry.status) {
      changes.push({ impact: 'major', rule: 'error-code-status-changed', message: `Error code \`${code}\` moved from status ${entry.status} to ${next.status}.`, side: 'revision', key: code });
    }
    if (codeValue(code, next) !== codeValue(code, entry)) {
      changes.push({ impact: 'major', rule: 'error-code-value-changed', message: `Error code \`${code}\` is now sent as ${JSON.stringify(codeValue(code, next))}, was ${JSON.stringify(codeValue(code, entry))}.`, side: 'revision', key: code });
    }
    const lost = baseOperations.filter((id) => occursIn(entry, id) && revisionOperations.has(id) && !occursIn(next, id));
    if (lost.length > 0) {
      changes.push({ impact: 'major', rule: 'error-code-operations-removed', message: `Error code \`${code}\` no longer occurs in ${lost.join(', ')}.`, side: 'revision', key: code });
    }
    const gained = [...revisionOperations].filter((id) => occursIn(next, id) && !occursIn(entry, id) && baseOperations.includes(id));
    if (gained.length > 0) {
      changes.push({ impact: 'minor', rule: 'error-code-operations-added', message: `Error code \`${code}\` can now occur in ${gained.join(', ')}.`, side: 'revision', key: code });
    }
  }
  for (const [code, entry] of Object.entries(after.codes ?? {})) {
    if (!before.codes?.[code]) changes.push({ impact: 'minor', rule: 'error-code-added', message: `New documented error code \`${code}\` (${entry.status}).`, side: 'revision', key: code });
  }
  return changes;
}

function checkErrorCatalog(baseSpec: BundledSpec, revisionSpec: BundledSpec, basePath: string, revisionPath: string): Finding[] {
  return catalogChanges(baseSpec, revisionSpec).map((change) => {
    const file = change.side === 'base' ? basePath : revisionPath;
    return { impact: change.impact, rule: change.rule, message: change.message, file: rel(file), ...catalogKeyPosition(file, change.key) };
  });
}

/** Line and column of `"key"` inside the file's x-error-catalog, for annotations. */
function catalogKeyPosition(file: string, key: string): { line?: number; col?: number } {
  if (!existsSync(file)) return {};
  const text = readFileSync(file, 'utf8');
  const catalogAt = text.indexOf('"x-error-catalog"');
  if (catalogAt < 0) return {};
  const at = key === 'x-error-catalog' ? catalogAt : text.indexOf(`"${key}"`, catalogAt);
  if (at < 0) return {};
  const before = text.slice(0, at);
  return { line: before.split('\n').length, col: at - before.lastIndexOf('\n') };
}
