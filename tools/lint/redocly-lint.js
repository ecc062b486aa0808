// @ts-check
// Redocly's half of `npm run lint`: `redocly lint` in a child process, started
// before anything else is loaded so that it runs while this process loads
// Spectral and bundles. Plain JavaScript with only Node's own modules: the
// lint's entry (scripts/lint.js) imports it before TypeScript support is even
// registered, and everything it imports would delay the start.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * @typedef {object} RedoclyRun
 * @property {number} exitCode
 * @property {string[]} reports Problems, in the format asked for (for SARIF: one JSON report per input).
 * @property {string} stderr Progress and verdict lines.
 *
 * @typedef {object} RedoclyLint
 * @property {Promise<RedoclyRun>} result
 * @property {() => void} cancel Stops the child, e.g. when this process failed on its own half first.
 */

/** How Redocly is asked for its half, given the format of ours (SARIF is built from its JSON). @param {unknown} format @returns {'stylish' | 'github-actions' | 'json'} */
export function redoclyFormat(format) {
  return format === 'sarif' ? 'json' : format === 'github-actions' ? 'github-actions' : 'stylish';
}

// The CLI's own entry, run with this Node: no shell, no PATH lookup, no npx.
const cli = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

/**
 * `redocly lint` on `inputs` (API names or files; none: every API of
 * redocly.yaml); `json` gives one run per input (SARIF needs separate reports).
 * @param {string[]} inputs @param {'stylish' | 'github-actions' | 'json'} format @param {string} cwd @returns {RedoclyLint}
 */
export function startRedoclyLint(inputs, format, cwd) {
  const children = (format === 'json' ? inputs.map((input) => [input]) : [inputs]).map((targets) =>
    spawn(process.execPath, [cli, 'lint', ...targets, '--format', format], { cwd, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' } }),
  );
  const runs = children.map(
    (child) =>
      /** @type {Promise<{ code: number, stdout: string, stderr: string }>} */
      (
        new Promise((resolve) => {
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (/** @type {Buffer} */ chunk) => (stdout += chunk));
          child.stderr.on('data', (/** @type {Buffer} */ chunk) => (stderr += chunk));
          child.on('error', (error) => resolve({ code: 1, stdout, stderr: `${stderr}\ncannot start redocly: ${error.message}` }));
          child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
        })
      ),
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
