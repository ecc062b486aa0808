// The coverage report of `npm run conformance:report`: a table of operations ×
// statuses per API, marking what the matrix exercised and what failed.
import { coverage, type MatrixCase } from './matrix.ts';
import type { CaseResult } from './run-matrix.ts';
import type { Spec } from '../../model/spec.js';

export function coverageTable(apiName: string, spec: Spec, results: CaseResult[]): { markdown: string; missing: string[] } {
  const passed = results.filter((r) => r.problems.length === 0).map((r) => r.case);
  const { documented, missing } = coverage(spec, passed);
  const statuses = [...new Set([...documented.values()].flat())].sort();
  const cell = (operationId: string, status: string) => {
    if (!documented.get(operationId)?.includes(status)) return '';
    const mine = results.filter((r) => r.case.operation.id === operationId && String(r.case.status) === status);
    const failed = mine.filter((r) => r.problems.length > 0).length;
    if (mine.length === 0) return 'not exercised';
    return failed > 0 ? `${failed}/${mine.length} failed` : `✓ ${mine.map(label).join(', ')}`;
  };
  const lines = [
    `## ${apiName}`,
    '',
    `| operation | ${statuses.join(' | ')} |`,
    `|---|${statuses.map(() => '---').join('|')}|`,
    ...[...documented.keys()].map((id) => `| ${id} | ${statuses.map((s) => cell(id, s)).join(' | ')} |`),
    '',
    `${passed.length} of ${results.length} cases passed; ${missing.length === 0 ? 'every documented status and catalog code was exercised' : `not exercised: ${missing.join(', ')}`}.`,
    '',
  ];
  return { markdown: lines.join('\n'), missing };
}

function label(result: CaseResult): string {
  return (result.case as MatrixCase).exampleName ?? 'no example';
}
