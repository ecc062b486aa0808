// Redocly's half of `npm run lint`: `redocly lint` in a child process, started
// before anything else is loaded so that it runs while this process loads
// Spectral and bundles. Only node:child_process here: this module is imported
// first, and everything it imports delays the start.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface RedoclyRun {
  exitCode: number;
  /** Problems, in the format asked for (for SARIF: one JSON report per input). */
  reports: string[];
  /** Progress and verdict lines. */
  stderr: string;
}

export interface RedoclyLint {
  result: Promise<RedoclyRun>;
  /** Stops the child, e.g. when this process failed on its own half first. */
  cancel(): void;
}

/** How Redocly is asked for its half, given the format of ours (SARIF is built from its JSON). */
export function redoclyFormat(format: string): 'stylish' | 'github-actions' | 'json' {
  return format === 'sarif' ? 'json' : format === 'github-actions' ? 'github-actions' : 'stylish';
}

// The CLI's own entry, run with this Node: no shell, no PATH lookup, no npx.
const cli = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

/** `redocly lint` on `inputs` (API names or files); `json` gives one run per input (SARIF needs separate reports). */
export function startRedoclyLint(inputs: string[], format: 'stylish' | 'github-actions' | 'json', cwd: string): RedoclyLint {
  const children = (format === 'json' ? inputs.map((input) => [input]) : [inputs]).map((targets) =>
    spawn(process.execPath, [cli, 'lint', ...targets, '--format', format], { cwd, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' } }),
  );
  const runs = children.map(
    (child) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
        child.on('error', (error) => resolve({ code: 1, stdout, stderr: `${stderr}\ncannot start redocly: ${error.message}` }));
        child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
      }),
  );
  return {
    result: Promise.all(runs).then((done) => ({
      exitCode: Math.max(...done.map((run) => run.code)),
      reports: done.map((run) => run.stdout.trim()),
      stderr: done.map((run) => run.stderr).join('\n'),
    })),
    cancel: () => children.forEach((child) => child.kill()),
  };
}
