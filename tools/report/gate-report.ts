// How `npm run diff` prints its verdicts, in the formats `npm run lint` takes.
// Results go to stdout; for SARIF and JUnit stdout is exactly one document,
// so the human-readable verdict lines go to stderr there.
// - stylish: per API, a changelog (one line per change) and the verdict;
// - github-actions: the same, plus an annotation on the hand-written line of
//   each breaking change and on the info.version line for each problem;
// - sarif, junit: every change and every verdict line as a diagnostic.
import type { ApiVerdict } from '../gate/run-diff.ts';
import type { Change } from '../gate/changes.ts';
import { annotateVerdict, formatFinding, versionPlace, type Format, type Level } from './annotations.ts';
import { changeLine } from './changelog.ts';
import { junitReport, sarifReport, Severity, type Diagnostic } from './diagnostics.ts';

export interface Rendered {
  stdout: string;
  stderr: string;
}

/** The changelog of one API: a heading and a line per change; nothing when there is no change. */
export function changelog(verdict: ApiVerdict): string[] {
  if (verdict.changes.length === 0) return [];
  return [`${verdict.api}: ${verdict.changes.length} change(s) since ${verdict.since}:`, ...verdict.changes.map(changeLine)];
}

export async function renderVerdicts(verdicts: ApiVerdict[], format: Format): Promise<Rendered> {
  const text = (annotate: boolean) =>
    verdicts
      .flatMap((verdict) => [
        ...changelog(verdict),
        ...(annotate ? verdict.breaking.map((finding) => formatFinding(finding, 'github-actions', verdict.passed ? 'notice' : 'error')) : []),
        ...verdict.lines.flatMap((line) => (annotate && line.level !== 'notice' ? [line.text, annotateVerdict(line.text, line.file, line.level)] : [line.text])),
      ])
      .join('\n');
  if (format === 'stylish') return { stdout: text(false), stderr: '' };
  if (format === 'github-actions') return { stdout: text(true), stderr: '' };
  const diagnostics = verdicts.flatMap(toDiagnostics);
  const lines = verdicts.flatMap((verdict) => verdict.lines.map((line) => line.text)).join('\n');
  return { stdout: format === 'sarif' ? await sarifReport(diagnostics) : await junitReport(diagnostics), stderr: lines };
}

const LEVELS: Record<Level, Diagnostic['severity']> = { error: Severity.error, warning: Severity.warning, notice: Severity.information };

function toDiagnostics(verdict: ApiVerdict): Diagnostic[] {
  // A breaking change fails the gate unless the major bump allowed it.
  const severity = (change: Change): Diagnostic['severity'] =>
    change.impact === 'major' ? (verdict.passed ? Severity.warning : Severity.error) : change.impact === 'minor' ? Severity.information : Severity.hint;
  return [
    ...verdict.changes.map((change) => ({
      code: change.source?.rule ?? change.kind,
      message: changeLine(change).trim(),
      severity: severity(change),
      file: change.source?.file ?? '',
      line: change.source?.line,
      col: change.source?.col,
      path: change.path,
    })),
    ...verdict.lines.map((line) => ({ code: 'breaking-change-gate', message: line.text, severity: LEVELS[line.level], ...versionPlace(line.file) })),
  ];
}
