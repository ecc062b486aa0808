// `npm run lint` on bad input: one line naming the file and the problem, exit
// code 1, no stack trace, and no linter output.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tool } from '../../tools/cli/tool.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lint-cli-'));
  await writeFile(join(dir, 'not-yaml.yaml'), 'openapi: [3.1\n  paths: }\n');
  await writeFile(join(dir, 'broken-ref.yaml'), 'openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths:\n  /a:\n    $ref: ./paths/a.yaml\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function lintFile(name: string) {
  const result = await tool('node', ['scripts/lint.js', join(dir, name)]);
  return { exitCode: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr).trim() };
}

describe('npm run lint on bad input', () => {
  it.concurrent.each([
    ['missing.yaml', /missing\.yaml: no such file$/],
    ['not-yaml.yaml', /not-yaml\.yaml:1:\d+: not valid YAML: \S.*$/],
    ['broken-ref.yaml', /broken-ref\.yaml:5:5: cannot resolve \$ref \.\/paths\/a\.yaml: no such file .*paths\/a\.yaml'$/],
  ])('%s: one line, exit 1', async (name, problem) => {
    const result = await lintFile(name);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(problem);
  });
});
