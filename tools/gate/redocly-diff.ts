// `redocly diff` with every diff rule on (tools/gate/redocly-diff.yaml), read
// as a list of changes. It follows $refs and rates error responses exactly
// like success responses: a removed property, a newly required request
// property, a removed or renumbered response (404 → 410), a removed media
// type or header, a narrowed request constraint or a changed/loosened error
// schema are all `major`. It ignores `x-` extensions (see catalog-compat.ts).
import { fileURLToPath } from 'node:url';
import { shown, UserError } from '../../model/input.js';
import { problemLine, tool } from '../cli/tool.ts';
import { pointerPath, rel, type Impact } from '../report/annotations.ts';
import type { Change, ChangeKind } from './changes.ts';

export const DIFF_CONFIG = fileURLToPath(new URL('./redocly-diff.yaml', import.meta.url));

interface DiffLocation {
  file: string;
  pointer?: string;
  line?: number;
  col?: number;
  value?: unknown;
}
interface DiffReport {
  changes?: Array<{
    path: string;
    typeName?: string;
    kind: string;
    impact: Impact;
    verdicts?: Array<{ ruleId: string; impact: Impact; message: string; location?: DiffLocation }>;
    base?: DiffLocation;
    revision?: DiffLocation;
  }>;
}

/** Every change redocly diff finds between two bundles: one per rule verdict, or one for a change no rule rated. */
export async function redoclyChanges(basePath: string, revisionPath: string): Promise<Change[]> {
  // --fail-on none: the gate decides, because --check-version would also
  // fail an additive change without a minor bump, and reads 0.x versions by
  // semver's "anything may break" rule.
  const args = ['diff', basePath, revisionPath, '--config', DIFF_CONFIG, '--format', 'json', '--fail-on', 'none', '--lint-config', 'off'];
  const result = await tool('redocly', args, { all: false, env: { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' } });
  let report: DiffReport;
  try {
    if (result.exitCode !== 0) throw new Error();
    report = JSON.parse(String(result.stdout)) as DiffReport;
  } catch {
    const problem = problemLine(String(result.stderr ?? ''), `exit code ${result.exitCode}`);
    throw new UserError(`${shown(revisionPath)}: redocly diff against ${shown(basePath)} failed: ${problem}`);
  }
  const changes: Change[] = [];
  for (const change of report.changes ?? []) {
    const kind: ChangeKind = change.kind === 'added' || change.kind === 'removed' ? change.kind : 'modified';
    const at = change.revision ?? change.base;
    const common = {
      kind,
      location: at?.pointer ?? change.path,
      ...(change.base && kind !== 'added' ? { old: change.base.value } : {}),
      ...(change.revision && kind !== 'removed' ? { new: change.revision.value } : {}),
    };
    const place = (location: DiffLocation | undefined) => ({ file: location ? rel(location.file) : '', line: location?.line, col: location?.col, path: pointerPath(location?.pointer) });
    const verdicts = change.verdicts ?? [];
    for (const verdict of verdicts) changes.push({ ...common, impact: verdict.impact, rule: verdict.ruleId, message: verdict.message, ...place(verdict.location ?? at) });
    // A change is `major` only through a rule's verdict; kept in case a future
    // redocly rates one without, so the gate never passes it silently.
    if (verdicts.length === 0 || (change.impact === 'major' && !verdicts.some((verdict) => verdict.impact === 'major'))) {
      const rated = change.impact === 'major';
      const rule = verdicts.length === 0 ? `${(change.typeName ?? 'node').toLowerCase()}-${kind}` : 'diff';
      // No rule's words to add for an unrated change: its line (kind, place, old → new) says it all.
      const message = rated ? `${change.typeName ?? 'A node'} ${kind} at ${common.location}, rated major.` : '';
      changes.push({ ...common, impact: change.impact, rule, message, ...place(at) });
    }
  }
  return changes;
}
