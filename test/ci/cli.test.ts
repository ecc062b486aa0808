// Every npm script's command line behaves like the CLIs people know: --help
// shows usage, options, exit codes and an example, and exits 0; an unknown
// option is one line naming it and pointing at --help, exit 1. Nothing here
// writes to the project: --help and a bad option stop before any work.
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../model/registry.js';

const SCRIPTS = ['lint', 'generate', 'diff', 'release', 'docs', 'mock', 'start', 'conformance', 'conformance:report'];
const file = (script: string) => `scripts/${script.replace(':', '-')}.ts`;
const invocation = (script: string) => (script === 'start' ? 'npm start' : `npm run ${script}`);
const run = (script: string, ...args: string[]) =>
  execa('node', ['--import', 'tsx', file(script), ...args], { cwd: projectRoot, reject: false }).then((result) => ({
    exitCode: result.exitCode,
    stdout: String(result.stdout),
    stderr: String(result.stderr).trim(),
  }));

describe.concurrent.each(SCRIPTS)('%s', (script) => {
  it('--help shows usage, options, exit codes and an example on stdout, exit 0', async () => {
    const result = await run(script, '--help');
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toMatch(new RegExp(`^Usage: ${invocation(script)}( -- .+)?\\n`));
    expect(result.stdout).toMatch(/\nOptions:\n(  .+\n)*  -h, --help +Show this help\.\n/);
    expect(result.stdout).toMatch(/\nExit codes:\n {2}0 +\S.*\n {2}1 +\S/);
    expect(result.stdout).toMatch(new RegExp(`\\nExamples?:\\n {2}(\\S+=\\S+ )?${invocation(script)}`));
  });

  it('an unknown option is one line naming it, pointing at --help, exit 1', async () => {
    const result = await run(script, '--colour', 'always');
    expect(result).toMatchObject({ exitCode: 1, stdout: '', stderr: `unknown option --colour (see ${invocation(script)} -- --help)` });
  });
});

describe.concurrent('the diff and release command lines', () => {
  it.each([
    ['release', [], /^usage: npm run release -- <api>/],
    ['release', ['campone', 'bookingshake'], /^usage: npm run release -- <api>/],
    ['diff', ['no-such-api'], /^redocly\.yaml: no API named "no-such-api"/],
    ['diff', ['--format'], /^--format needs a value <format> \(see npm run diff -- --help\)$/],
    ['diff', ['--base', 'no-such-ref'], /^--base: "no-such-ref" is not a commit in this clone/],
    ['generate', ['--check=yes'], /^--check takes no value \(see npm run generate -- --help\)$/],
    ['docs', ['dist'], /^unexpected argument "dist" \(see npm run docs -- --help\)$/],
  ] as const)('%s %j fails with one line on stderr', async (script, args, message) => {
    const result = await run(script, ...args);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.split('\n')).toEqual([expect.stringMatching(message)]);
  });
});
