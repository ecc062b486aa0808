// `npm run lint [-- [--format stylish|sarif|github-actions|junit] [file ...]]`:
// Redocly lint and the contract ruleset on every API in redocly.yaml, or on
// the files given (tools/lint/run-lint.ts). Exit 1 on any error or warning of
// the contract rules and any Redocly error; bad input is one line, exit 1.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listApis } from '../model/registry.js';
import { runMain } from '../tools/cli/run-main.ts';
import { runLint } from '../tools/lint/run-lint.ts';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { format: { type: 'string', short: 'f', default: 'stylish' } }, allowPositionals: true });
  const files = positionals.map((file) => resolve(file));
  const outcome = await runLint(values.format, files, files.length === 0 ? listApis() : []);
  if (outcome.stderr) process.stderr.write(`${outcome.stderr}\n`);
  if (outcome.stdout) process.stdout.write(`${outcome.stdout}\n`);
  process.exitCode = outcome.passed ? 0 : 1;
}

runMain(main);
