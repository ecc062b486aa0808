// `npm run diff` for one API: every check the gate makes, in order, each
// failing closed with one line. The released snapshot must exist (or, if it
// is missing, the message says whether the API was released before), load
// and resolve; the bundle must be current; then the comparison with the
// baseline (the snapshot, or with --base the base ref's bundle) and, with
// --base, the rule that the snapshot changes only through a real release.
// A problem with one API never hides another API's result.
import { existsSync } from 'node:fs';
import { UserError } from '../../model/input.js';
import type { ApiEntry } from '../../model/registry.js';
import { oneLine } from '../cli/run-main.ts';
import { atSource, rel, type Finding, type Level } from '../report/annotations.ts';
import type { Change } from './changes.ts';
import type { Comparison } from './compat.ts';
import { readSpec, specVersion } from './spec-file.ts';

/** A line of the verdict: what it says, how bad, and the file it is about (for annotations and reports). */
export interface VerdictLine {
  level: Level;
  text: string;
  file: string;
}

export interface ApiVerdict {
  api: string;
  passed: boolean;
  /** The comparison, when one was made. */
  comparison?: Comparison;
  /** Its changes, each with its source on the hand-written file and line it maps to. */
  changes: Change[];
  /** The comparison's breaking findings, on the hand-written files (for annotations). */
  breaking: Finding[];
  /** What the changes are counted since: `release 1.1.0`, `origin/main at 1.2.0`. */
  since?: string;
  /** Warnings, problems and the verdict, in order; the last one is the verdict. */
  lines: VerdictLine[];
}

export interface GateOptions {
  /** Compare with this git ref's committed bundle instead of the snapshot. */
  base?: string;
  /** Where the base ref's bundles are written for redocly diff. */
  scratch: string;
}

export async function gateApi(api: ApiEntry, { base, scratch }: GateOptions): Promise<ApiVerdict> {
  const failed = (text: string, file = api.root): ApiVerdict => ({ api: api.name, passed: false, changes: [], breaking: [], lines: [{ level: 'error', text: `${api.name}: ${text}`, file }] });
  const snapshot = api.snapshot;
  try {
    if (!existsSync(snapshot)) return failed(await missingSnapshot(api), snapshot);
    let released;
    try {
      released = specVersion(readSpec(snapshot, `restore it from git, or record a release with npm run release -- ${api.name}`), snapshot);
    } catch (error) {
      if (error instanceof UserError) return failed(error.message, snapshot);
      throw error;
    }
    // Loaded only now: a bad snapshot needs none of the bundler, git or redocly diff.
    const { assertBundleCurrent } = await import('../bundle/bundle-current.ts');
    const { chooseBaseline, snapshotChange } = await import('./base-ref.ts');
    const { additiveWarning, compareSpecs, verdictLine } = await import('./compat.ts');
    await assertBundleCurrent(api, 'run npm run generate');
    const baseline = await chooseBaseline(api, base, scratch);
    const snapshotProblem = base === undefined ? undefined : await snapshotChange(api, base);
    const comparison = await compareSpecs(baseline.file, api.bundle);
    const since = baseline.ref === undefined ? `release ${comparison.base.text}` : `${baseline.ref} at ${comparison.base.text}`;
    const lines: VerdictLine[] = [];
    const warning = additiveWarning(api.name, comparison, api.root, since, released);
    if (warning) lines.push({ level: 'warning', text: warning, file: api.root });
    if (snapshotProblem) lines.push({ level: 'error', text: `${api.name}: ${snapshotProblem}`, file: snapshot });
    lines.push({ level: comparison.passed ? 'notice' : 'error', text: verdictLine(api.name, comparison, api.root, since), file: api.root });
    const toSource = atSource(api.root);
    const changes = comparison.changes.map((change) => ({ ...change, source: change.source && toSource(change.source) }));
    const breaking = comparison.outcome === 'version-lowered' ? [] : comparison.breaking.map(toSource);
    return { api: api.name, passed: comparison.passed && !snapshotProblem, comparison, changes, breaking, since, lines };
  } catch (error) {
    // A UserError says what is wrong; anything else is a bug, still reported for this API alone.
    return failed(error instanceof UserError ? error.message : `error: ${oneLine(error)}`);
  }
}

/** Why a missing snapshot fails, and what to do: restore it when the API was released before, else record the first release. */
async function missingSnapshot(api: ApiEntry): Promise<string> {
  let version;
  try {
    version = specVersion(readSpec(api.bundle, 'run npm run generate'), api.bundle);
  } catch {
    version = { major: 0, minor: 0, patch: 0, text: 'unknown' };
  }
  const { missingButReleased, releaseHistory } = await import('./history.ts');
  const history = await releaseHistory(api.snapshot, version);
  if (history.released === true) return `${missingButReleased(api.snapshot, api.name, history)}: the gate compares every change with it`;
  return `no release recorded (${rel(api.snapshot)}); record the first one with: npm run release -- ${api.name}`;
}
