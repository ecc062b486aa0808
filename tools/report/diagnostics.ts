// The gate's results in the machine formats `npm run lint` writes too (SARIF
// for code scanning, JUnit for test reports), through Spectral's own
// formatters: each result is shaped as a Spectral diagnostic (code, message,
// severity, source file, range), so both commands' reports read alike.
import { resolve } from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { projectRoot } from '../../model/registry.js';

/** Spectral's DiagnosticSeverity. */
export const Severity = { error: 0, warning: 1, information: 2, hint: 3 } as const;

export interface Diagnostic {
  /** Rule id, e.g. `property-removed` or `breaking-change-gate`. */
  code: string;
  message: string;
  severity: (typeof Severity)[keyof typeof Severity];
  /** Relative to the project root, or absolute. */
  file: string;
  /** 1-based, as annotations and people count. */
  line?: number;
  col?: number;
  /** Where in the document, as path segments. */
  path?: string[];
}

/** What the gate tells SARIF consumers about itself. */
const TOOL = { name: 'booking-contracts breaking-change gate', version: '1' };

function toSpectral(diagnostic: Diagnostic): ISpectralDiagnostic {
  const line = Math.max((diagnostic.line ?? 1) - 1, 0);
  const character = Math.max((diagnostic.col ?? 1) - 1, 0);
  return {
    code: diagnostic.code,
    message: diagnostic.message,
    severity: diagnostic.severity,
    source: resolve(projectRoot, diagnostic.file),
    path: diagnostic.path ?? [],
    range: { start: { line, character }, end: { line, character } },
  } as ISpectralDiagnostic;
}

// Spectral's formatters are loaded only when a machine format is asked for.
const formatters = () => import('@stoplight/spectral-formatters');

/** One JUnit document: a failure per error, grouped by file. */
export async function junitReport(diagnostics: Diagnostic[]): Promise<string> {
  const { junit } = await formatters();
  return junit(diagnostics.map(toSpectral), { failSeverity: Severity.error }).trim();
}

/** One SARIF log with one run, naming the gate (not Spectral) as its tool, with each rule id it used. */
export async function sarifReport(diagnostics: Diagnostic[]): Promise<string> {
  const { sarif } = await formatters();
  const rules = Object.fromEntries([...new Set(diagnostics.map((d) => d.code))].map((name) => [name, { name, description: name }]));
  const text = sarif(diagnostics.map(toSpectral), { failSeverity: Severity.error }, { ruleset: { rules } as never, spectralVersion: TOOL.version });
  const log = JSON.parse(text) as { runs: { tool: { driver: Record<string, unknown> } }[] };
  for (const run of log.runs) {
    Object.assign(run.tool.driver, { name: TOOL.name, version: TOOL.version });
    delete run.tool.driver.informationUri;
  }
  return JSON.stringify(log, null, 2);
}
