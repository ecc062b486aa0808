// `npm run lint [-- [--format stylish|sarif|github-actions|junit] [file ...]]`:
// Redocly lint and the contract ruleset on every API in redocly.yaml, or on
// the files given (tools/lint/run-lint.ts). Exit 1 on any error or warning of
// the contract rules and any Redocly error; bad input is one line, exit 1.
// Redocly's child process starts first; Spectral, the bundler and the rules
// are loaded while it runs, so only light modules are imported statically.
import { resolve } from 'node:path';
import { readSpecFile } from '../model/input.js';
import { listApis } from '../model/registry.js';
import { parseCommand, type CommandSpec } from '../tools/cli/command.ts';
import { runMain } from '../tools/cli/run-main.ts';
import { redoclyFormat, startRedoclyLint } from '../tools/lint/redocly-lint.ts';

const COMMAND = {
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

runMain(async () => {
  const { values, positionals } = parseCommand(COMMAND);
  const format = String(values.format);
  const files = positionals.map((file) => resolve(file));
  const apis = files.length === 0 ? listApis() : [];
  // Bad input is one line before any linter starts: each root file must read as an OpenAPI document (a few ms).
  for (const file of files.length > 0 ? files : apis.map((api) => api.root)) readSpecFile(file);
  const redocly = startRedoclyLint(files.length > 0 ? files : apis.map((api) => api.name), redoclyFormat(format), process.cwd());
  const { runLint } = await import('../tools/lint/run-lint.ts');
  const outcome = await runLint(format, files, apis, redocly);
  if (outcome.stderr) process.stderr.write(`${outcome.stderr}\n`);
  if (outcome.stdout) process.stdout.write(`${outcome.stdout}\n`);
  process.exitCode = outcome.passed ? 0 : 1;
});
