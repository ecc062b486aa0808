// `npm run lint [-- [--format stylish|sarif|github-actions|junit] [file ...]]`:
// Redocly lint and the contract ruleset on every API in redocly.yaml, or on
// the files given (tools/lint/run-lint.ts). Exit 1 on any error or warning of
// the contract rules and any Redocly error; bad input is one line, exit 1.
// Redocly's child process starts first; Spectral, the bundler and the rules
// are loaded while it runs, so only light modules are imported statically.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listApis } from '../model/registry.js';
import { runMain } from '../tools/cli/run-main.ts';
import { redoclyFormat, startRedoclyLint } from '../tools/lint/redocly-lint.ts';

runMain(async () => {
  const { values, positionals } = parseArgs({ options: { format: { type: 'string', short: 'f', default: 'stylish' } }, allowPositionals: true });
  const files = positionals.map((file) => resolve(file));
  const apis = files.length === 0 ? listApis() : [];
  const redocly = startRedoclyLint(files.length > 0 ? files : apis.map((api) => api.name), redoclyFormat(values.format), process.cwd());
  const { runLint } = await import('../tools/lint/run-lint.ts');
  const outcome = await runLint(values.format, files, apis, redocly);
  if (outcome.stderr) process.stderr.write(`${outcome.stderr}\n`);
  if (outcome.stdout) process.stdout.write(`${outcome.stdout}\n`);
  process.exitCode = outcome.passed ? 0 : 1;
});
