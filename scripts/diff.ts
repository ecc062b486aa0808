// `npm run diff [-- <api>…] [--base <git-ref>] [--format <format>]`: the
// breaking-change gate (tools/gate/run-diff.ts says what it checks, compat.ts
// how changes are rated) and a changelog of every change. Results on stdout,
// in the chosen format (tools/report/gate-report.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommand, type CommandSpec } from '../tools/cli/command.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';
import { FORMATS, type Format } from '../tools/report/annotations.ts';

const COMMAND = {
  name: 'diff',
  summary:
    'The breaking-change gate: compares each API\'s bundle (generated/<api>/openapi.json) with its last release\n' +
    '(openapi/<api>/released/openapi.json), prints every change as a changelog line (impact, kind, where, old → new),\n' +
    'and fails when a change breaks integrators without a major version bump. A missing, unreadable or unresolvable\n' +
    'snapshot, or a stale bundle, fails too.',
  usage: '[<api>…] [--base <git-ref>] [--format <format>]',
  positionals: { name: '<api>…', description: 'APIs named in redocly.yaml (default: all).' },
  options: {
    base: { type: 'string', value: '<git-ref>', description: 'Compare with the bundle committed at this ref (a pull request\'s base branch) instead of the release.' },
    format: { type: 'string', default: 'stylish', value: '<format>', description: 'stylish, github-actions, sarif or junit.' },
  },
  exitCodes: { 0: 'no API has a breaking change without a major bump', 1: 'the gate failed for an API (each says why), or bad input' },
  examples: ['npm run diff -- campone', 'npm run diff -- --base origin/main --format github-actions'],
} satisfies CommandSpec;

async function main(): Promise<void> {
  const { values, positionals } = parseCommand(COMMAND);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UserError(`--format: expected ${FORMATS.join(', ')}, got "${values.format}" (see npm run diff -- --help)`);
  const { getApi, listApis } = await import('../model/registry.js');
  const apis = positionals.length > 0 ? positionals.map((name) => getApi(name)) : listApis();
  if (typeof values.base === 'string') await (await import('../tools/gate/base-ref.ts')).assertCommit(values.base);
  const { gateApi } = await import('../tools/gate/run-diff.ts');
  const { renderVerdicts } = await import('../tools/report/gate-report.ts');
  const scratch = await mkdtemp(join(tmpdir(), 'diff-base-'));
  try {
    const verdicts = await Promise.all(apis.map((api) => gateApi(api, { base: values.base as string | undefined, scratch })));
    const { stdout, stderr } = await renderVerdicts(verdicts, format);
    if (stderr) process.stderr.write(`${stderr}\n`);
    if (stdout) process.stdout.write(`${stdout}\n`);
    const failed = verdicts.filter((verdict) => !verdict.passed).map((verdict) => verdict.api);
    if (failed.length > 0) throw new UserError(`breaking-change gate failed for ${failed.join(', ')}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

runMain(main);
