// `npm run lint [-- [--format stylish|sarif|github-actions|junit] [file ...]]`:
// Redocly lint and the contract ruleset on every API in redocly.yaml, or on
// the files given (tools/lint/cli.ts for the command, tools/lint/run-lint.ts
// for the lint). Exit 1 on any error or warning of the contract rules and any
// Redocly error; bad input is one line, exit 1.
//
// Plain JavaScript, run by `node` itself, unlike the other entries: Redocly's
// half runs in a child process and takes longest, so it is started first,
// before TypeScript support is registered (about 0.15 s) and anything else is
// loaded. Only Node's own argument parser reads the command line here; the
// full check (unknown options, bad input) follows, and stops the child again.
import { parseArgs } from 'node:util';
import { redoclyFormat, startRedoclyLint } from '../tools/lint/redocly-lint.js';

const args = parseArgs({ options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: false });
const format = redoclyFormat(args.values.format);
// Without files, `redocly lint` lints every API of redocly.yaml; SARIF needs one run per API, which only redocly.yaml names.
const early = args.values.help || (format === 'json' && args.positionals.length === 0) ? undefined : startRedoclyLint(args.positionals, format, process.cwd());

const { register } = await import('tsx/esm/api');
register();
const { lintCommand } = await import('../tools/lint/cli.ts');
lintCommand(early);
