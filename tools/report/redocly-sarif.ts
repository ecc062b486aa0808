// Turns `redocly lint --format json` output into a SARIF run, so that
// `npm run lint -- --format sarif` is one SARIF log holding both linters'
// problems: Spectral's contract rules and Redocly's structural ones.
// Redocly has no SARIF formatter of its own.
import { relative, resolve } from 'node:path';

interface RedoclyProblem {
  ruleId: string;
  severity: 'error' | 'warn' | string;
  message: string;
  location?: { source?: { ref?: string }; start?: { line: number; col: number } }[];
  reference?: string;
}

/** One SARIF run from the JSON reports of one or more `redocly lint` runs; paths relative to `root`. */
export function redoclySarifRun(reports: string[], cwd: string, root: string): Record<string, unknown> {
  const problems: RedoclyProblem[] = reports.flatMap((json) => JSON.parse(json).problems ?? []);
  const rules = [...new Map(problems.map((p) => [p.ruleId, { id: p.ruleId, helpUri: p.reference }])).values()];
  return {
    tool: { driver: { name: 'Redocly CLI', informationUri: 'https://redocly.com/docs/cli/', rules } },
    results: problems.map((problem) => {
      const where = problem.location?.[0];
      const file = where?.source?.ref ? relative(root, resolve(cwd, where.source.ref)) : undefined;
      return {
        ruleId: problem.ruleId,
        level: problem.severity === 'error' ? 'error' : 'warning',
        message: { text: problem.message },
        locations: file
          ? [{ physicalLocation: { artifactLocation: { uri: file }, region: { startLine: where?.start?.line ?? 1, startColumn: where?.start?.col ?? 1 } } }]
          : [],
      };
    }),
  };
}
