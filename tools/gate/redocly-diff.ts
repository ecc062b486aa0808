// `redocly diff` with every diff rule on (tools/gate/redocly-diff.yaml), read
// as changes (for readers) and findings (for the gate). It follows $refs and
// rates error responses exactly like success responses: a removed property, a
// newly required request property, a removed or renumbered response (404 →
// 410), a removed media type or header, a narrowed request constraint or a
// changed/loosened error schema are all `major`. It ignores `x-` extensions
// (see catalog-compat.ts).
import { fileURLToPath } from 'node:url';
import { shown, UserError } from '../../model/input.js';
import { problemLine, tool } from '../cli/tool.ts';
import { pointerPath, rel, type Finding, type Impact } from '../report/annotations.ts';
import type { Change } from './changes.ts';

const DIFF_CONFIG = fileURLToPath(new URL('./redocly-diff.yaml', import.meta.url));

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
    property?: string;
    verdicts?: Array<{ ruleId: string; impact: Impact; message: string; location?: DiffLocation }>;
    base?: DiffLocation;
    revision?: DiffLocation;
  }>;
}

/** Every change redocly diff finds between two bundles, and the gate's findings: one per rule verdict. */
export async function redoclyChanges(basePath: string, revisionPath: string): Promise<{ changes: Change[]; findings: Finding[] }> {
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
  const findings: Finding[] = [];
  for (const change of report.changes ?? []) {
    const verdicts = change.verdicts ?? [];
    const mine = verdicts.map((verdict) => fromLocation(verdict.impact, verdict.ruleId, verdict.message, verdict.location ?? change.revision ?? change.base));
    // A change is `major` only through a rule's verdict; kept in case a future
    // redocly rates one without, so the gate never passes it silently.
    if (change.impact === 'major' && !verdicts.some((verdict) => verdict.impact === 'major')) {
      mine.push(fromLocation('major', 'diff', `${change.kind}: ${change.path}`, change.revision ?? change.base));
    }
    findings.push(...mine);
    changes.push({
      impact: change.impact,
      kind: change.kind,
      path: pointerPath(change.path) ?? [],
      property: change.property,
      ...(change.kind !== 'added' && change.base ? { before: change.base.value } : {}),
      ...(change.kind !== 'removed' && change.revision ? { after: change.revision.value } : {}),
      message: verdicts.map((verdict) => verdict.message).join(' ') || undefined,
      source: mine[0] ?? fromLocation(change.impact, `${(change.typeName ?? 'node').toLowerCase()}-${change.kind}`, '', change.revision ?? change.base),
    });
  }
  return { changes, findings };
}

function fromLocation(impact: Impact, rule: string, message: string, location: DiffLocation | undefined): Finding {
  return { impact, rule, message, file: location ? rel(location.file) : '', line: location?.line, col: location?.col, path: pointerPath(location?.pointer) };
}
