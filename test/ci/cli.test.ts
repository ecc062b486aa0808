// Every npm script's command line behaves like the CLIs people know: --help
// shows usage, options, exit codes and an example, and exits 0; a wrong
// option is one line naming it and pointing at --help, exit 1 (shown on one
// script, and for every kind of mistake on the shared parser in-process).
// Nothing here writes to the project: --help and a bad option stop first.
// The scripts run in a compiled project copy with plain node (about 0.16
// CPU-s each, against 0.35 under tsx's loader); one runs under tsx on this
// tree, as npm starts it, so that the way npm runs them is tested too.
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../model/registry.js';
import { helpText, parseCommand, type CommandSpec } from '../../tools/cli/command.ts';
import { projectCopy, type ProjectCopy } from './support/project-copy.ts';
import { entryArgs } from './support/script-entry.ts';

const SCRIPTS = ['lint', 'generate', 'diff', 'release', 'docs', 'mock', 'sandbox', 'start', 'conformance', 'conformance:report', 'new-api'];
const invocation = (script: string) => (script === 'start' ? 'npm start' : `npm run ${script}`);

let copy: ProjectCopy;
beforeAll(async () => {
  copy = await projectCopy({ git: false });
});
afterAll(() => copy?.remove());
const run = (script: string, ...args: string[]) => copy.run(script, args);

/** What every script's --help must show. */
function expectHelp(script: string, result: { exitCode: number | undefined; stdout: string; stderr: string }) {
  expect(result).toMatchObject({ exitCode: 0, stderr: '' });
  expect(result.stdout).toMatch(new RegExp(`^Usage: ${invocation(script)}( -- .+)?\\n`));
  expect(result.stdout).toMatch(/\nOptions:\n(  .+\n)*  -h, --help +Show this help\.\n/);
  expect(result.stdout).toMatch(/\nExit codes:\n {2}0 +\S.*\n {2}1 +\S/);
  expect(result.stdout).toMatch(new RegExp(`\\nExamples?:\\n {2}(\\S+=\\S+ )?${invocation(script)}`));
}

describe.concurrent.each(SCRIPTS)('%s', (script) => {
  it('--help shows usage, options, exit codes and an example on stdout, exit 0', async () => {
    expectHelp(script, await run(script, '--help'));
  });
});

it('a TypeScript script started as npm starts it, under tsx on this tree, shows its --help too', async () => {
  const args = entryArgs('generate', projectRoot);
  expect(args).toEqual(['--import', 'tsx', 'scripts/generate.ts']);
  const result = await execa('node', [...args, '--help'], { cwd: projectRoot, reject: false });
  expectHelp('generate', { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr });
});

describe.concurrent('a wrong command line', () => {
  it('an unknown option is one line naming it and pointing at --help, exit 1, before any work', async () => {
    expect(await run('lint', '--colour', 'always')).toMatchObject({ exitCode: 1, stdout: '', stderr: 'unknown option --colour (see npm run lint -- --help)' });
  });

  it('release without exactly one API says how to call it', async () => {
    expect(await run('release')).toMatchObject({ exitCode: 1, stderr: 'usage: npm run release -- <api> (one API named in redocly.yaml; see npm run release -- --help)' });
  });
});

// The helper every script parses its command line with (tools/cli/command.ts), in-process.
describe('parseCommand', () => {
  const spec: CommandSpec = {
    name: 'demo',
    summary: 'Does a demo.',
    usage: '[--port <port>] [--check] [-- <tool options>]',
    options: { port: { type: 'string', default: '4010', value: '<port>', description: 'A port.' }, check: { type: 'boolean', short: 'c', description: 'Only check.' } },
    passThrough: { name: '<tool options>', description: 'For the tool.' },
    exitCodes: { 0: 'done', 1: 'failed' },
    examples: ['npm run demo -- --port 4011'],
  };
  const problem = (argv: string[], of = spec) => {
    try {
      parseCommand(of, argv);
    } catch (error) {
      return (error as Error).message;
    }
    return undefined;
  };

  it('reads options, defaults, and the words after -- as they are', () => {
    expect(parseCommand(spec, ['-c', '--', '--dynamic', '-p', '1'])).toEqual({ values: { port: '4010', check: true }, positionals: [], passThrough: ['--dynamic', '-p', '1'] });
    expect(parseCommand(spec, ['--port=4020']).values.port).toBe('4020');
  });

  it('names what is wrong in one line and points at --help', () => {
    expect(problem(['--colour'])).toBe('unknown option --colour (see npm run demo -- --help)');
    expect(problem(['-x'])).toBe('unknown option -x (see npm run demo -- --help)');
    expect(problem(['--port'])).toBe('--port needs a value <port> (see npm run demo -- --help)');
    expect(problem(['--check=yes'])).toBe('--check takes no value (see npm run demo -- --help)');
    expect(problem(['extra'])).toBe('unexpected argument "extra" (see npm run demo -- --help)');
    // Without passThrough, words after -- are arguments like any other.
    expect(problem(['--', '--dynamic'], { ...spec, passThrough: undefined })).toBe('unexpected argument "--dynamic" (see npm run demo -- --help)');
  });

  it('writes help with usage, summary, arguments, options with defaults, exit codes and examples', () => {
    expect(helpText(spec)).toBe(
      [
        'Usage: npm run demo -- [--port <port>] [--check] [-- <tool options>]',
        '',
        'Does a demo.',
        '',
        'Arguments:',
        '  -- <tool options>  For the tool.',
        '',
        'Options:',
        '  --port <port>  A port. (default: 4010)',
        '  -c, --check    Only check.',
        '  -h, --help     Show this help.',
        '',
        'Exit codes:',
        '  0  done',
        '  1  failed',
        '',
        'Example:',
        '  npm run demo -- --port 4011',
        '',
      ].join('\n'),
    );
  });
});
