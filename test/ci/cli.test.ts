// The npm scripts' command lines: wrong input gives one line on stderr and exit
// code 1, never a stack trace. Nothing here writes to the project.
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../model/registry.js';

const run = (script: string, ...args: string[]) =>
  execa('tsx', [`scripts/${script}.ts`, ...args], { cwd: projectRoot, preferLocal: true, reject: false });

describe.concurrent('the diff and release command lines', () => {
  it.each([
    ['release', [], /^usage: npm run release -- <api>/],
    ['diff', ['no-such-api'], /^redocly\.yaml: no API named "no-such-api"/],
    ['diff', ['--format', 'sarif'], /^--format: expected stylish or github-actions, got "sarif"$/],
    ['diff', ['--base', 'no-such-ref'], /^--base: "no-such-ref" is not a commit in this clone/],
  ] as const)('%s %j fails with one line on stderr', async (script, args, message) => {
    const result = await run(script, ...args);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });
});
