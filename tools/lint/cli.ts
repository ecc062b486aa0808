// The command line of `npm run lint` (its entry is scripts/lint.js): --help,
// options, one line for bad input, then the lint itself (run-lint.ts). The
// entry may already have started Redocly's half; this module takes it over.
import { resolve } from 'node:path';
import { readSpecFile } from '../../model/input.js';
import { listApis } from '../../model/registry.js';
import { parseCommand, type CommandSpec } from '../cli/command.ts';
import { runMain } from '../cli/run-main.ts';
import { redoclyFormat, startRedoclyLint, type RedoclyLint } from './redocly-lint.js';

export const COMMAND = {
  name: 'lint',
  summary: 'Redocly lint (structure) and the contract rules (rules/, driven by each API\'s x-error-catalog) on every\nAPI in redocly.yaml, or on the files given. Results go to stdout, progress to stderr.',
  usage: '[--format <format>] [<file>…]',
  positionals: { name: '<file>…', description: 'OpenAPI files to lint instead of the APIs in redocly.yaml.' },
  options: {
    format: { type: 'string', short: 'f', default: 'stylish', value: '<format>', description: 'stylish, github-actions, sarif or junit.' },
  },
  exitCodes: { 0: 'no problem found', 1: 'an error or a warning of the contract rules, a Redocly error, or bad input' },
  examples: ['npm run lint -- --format github-actions', 'npm run lint -- openapi/campone/openapi.yaml'],
} satisfies CommandSpec;

/** Run `npm run lint`; `early` is Redocly's half when the entry started it already (it is stopped on bad input). */
export function lintCommand(early?: RedoclyLint): void {
  runMain(async () => {
    try {
      const { values, positionals } = parseCommand(COMMAND);
      const format = String(values.format);
      const files = positionals.map((file) => resolve(file));
      const apis = files.length === 0 ? listApis() : [];
      // Bad input is one line before any result: each root file must read as an OpenAPI document (a few ms).
      for (const file of files.length > 0 ? files : apis.map((api) => api.root)) readSpecFile(file);
      const redocly = early ?? startRedoclyLint(files.length > 0 ? files : apis.map((api) => api.name), redoclyFormat(format), process.cwd());
      early = undefined;
      const { runLint } = await import('./run-lint.ts');
      const outcome = await runLint(format, files, apis, redocly);
      if (outcome.stderr) process.stderr.write(`${outcome.stderr}\n`);
      if (outcome.stdout) process.stdout.write(`${outcome.stdout}\n`);
      process.exitCode = outcome.passed ? 0 : 1;
    } finally {
      early?.cancel();
    }
  });
}
