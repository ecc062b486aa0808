// Every script, fed every kind of bad input in the file it reads, answers
// with one line that names the file (and line, where there is one) and says
// what is wrong: never a stack trace, raw JS error text, a cut-off reason or
// the file's bytes. One project copy per script; its cases run one after the
// other, each restoring what the previous one broke.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectCopy, type ProjectCopy } from './support/project-copy.ts';

const ROOT = 'openapi/campone/openapi.yaml';
const SNAPSHOT = 'openapi/campone/released/openapi.json';
const BUNDLE = 'generated/campone/openapi.json';

interface Target {
  script: string;
  args: string[];
  /** The file the script reads first, which the cases break. */
  file: string;
}

const TARGETS: Target[] = [
  { script: 'lint', args: [], file: ROOT },
  { script: 'generate', args: [], file: ROOT },
  { script: 'diff', args: ['campone'], file: SNAPSHOT },
  { script: 'release', args: ['campone'], file: SNAPSHOT },
  { script: 'docs', args: [], file: BUNDLE },
  { script: 'conformance', args: ['--api', 'campone', '--target', 'http://127.0.0.1:9', '--api-key', 'k'], file: BUNDLE },
  { script: 'mock', args: ['--api', 'campone', '--port', '4999'], file: BUNDLE },
];

const quoted = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Each kind of bad input: how to make it from the file's good text, and what the line must say about `file`. */
const KINDS: { kind: string; make: (good: string, file: string) => string | Buffer | undefined; says: (file: string) => RegExp }[] = [
  {
    kind: 'missing',
    make: () => undefined,
    // A missing snapshot of an API whose version says it was released before is refused as such (no git in this copy).
    says: (file) => (file === SNAPSHOT ? new RegExp(`${quoted(file)}: missing, but campone was released before \\(info\\.version \\S+ is above 1\\.0\\.0`) : new RegExp(`${quoted(file)}: no such file`)),
  },
  { kind: 'empty', make: () => '', says: (file) => new RegExp(`${quoted(file)}: empty file`) },
  { kind: 'binary', make: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x00, 0x00, 0xff, 0x01, 0x7b]), says: (file) => new RegExp(`${quoted(file)}: binary content, not text`) },
  {
    kind: 'not YAML',
    make: () => 'openapi: [3.1\n  info: }\n',
    says: (file) => new RegExp(`${quoted(file)}:\\d+:\\d+: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: \\S`),
  },
  { kind: 'null', make: () => 'null\n', says: (file) => new RegExp(`${quoted(file)}: not an OpenAPI document \\(null, not an object\\)`) },
  {
    kind: 'cut-off JSON',
    make: (good, file) => (file.endsWith('.json') ? good : JSON.stringify(parse(good))).slice(0, 150),
    says: (file) => new RegExp(`${quoted(file)}:\\d+:\\d+: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: \\S`),
  },
  {
    kind: 'broken $ref',
    make: (good, file) => (file.endsWith('.json') ? good.replace('"#/components/schemas/Booking"', '"#/components/schemas/Nope"') : good.replace(/\$ref: \.\/paths\/\S+/, '$ref: ./paths/nope.yaml')),
    says: (file) =>
      file.endsWith('.json')
        ? new RegExp(`${quoted(file)}: \\$ref #/components/schemas/Nope at #/paths/\\S+ points at nothing`)
        : new RegExp(`${quoted(file)}:\\d+:\\d+: cannot resolve \\$ref \\./paths/nope\\.yaml: no such file`),
  },
  { kind: 'broken redocly.yaml', make: (good) => good, says: () => /^redocly\.yaml:\d+:\d+: not valid YAML: \S/ },
];

/** What a script said: stderr, or for diff (whose per-API results go to stdout, the gate's summary to stderr) its API's line. */
function theLine(script: string, result: { stdout: string; stderr: string }): string {
  if (script === 'diff' && result.stdout && result.stderr === 'breaking-change gate failed for campone') return result.stdout;
  return [result.stdout, result.stderr].filter(Boolean).join('\n');
}

const BROKEN_CONFIG = 'apis:\n  campone: { root: [unclosed\n';

describe.concurrent('every script on bad input', () => {
  const copies: ProjectCopy[] = [];
  afterAll(() => copies.forEach((copy) => copy.remove()));

  // One test per script, its cases one after the other in its own copy (they break the same file);
  // the scripts run side by side. The result is a table: kind → the line the script printed.
  it.each(TARGETS)('npm run $script: one line naming $file, exit 1, for each kind', { timeout: 120_000 }, async ({ script, args, file }) => {
    const copy = await projectCopy({ apis: ['campone'], git: false });
    copies.push(copy);
    const good = copy.read(file);
    const goodConfig = copy.read('redocly.yaml');
    const seen: Record<string, string> = {};
    const expected: Record<string, unknown> = {};
    for (const { kind, make, says } of KINDS) {
      if (kind === 'broken redocly.yaml') copy.write('redocly.yaml', BROKEN_CONFIG);
      else {
        const bad = make(good, file);
        if (bad === undefined) rmSync(join(copy.dir, file));
        else copy.write(file, bad);
      }
      const result = await copy.run(script, args);
      copy.write(file, good);
      copy.write('redocly.yaml', goodConfig);
      seen[kind] = `exit ${result.exitCode}: ${theLine(script, result)}`;
      // diff puts the API's name before its line; every other script prints the line as it is.
      expected[kind] = expect.stringMatching(new RegExp(`^exit 1: ${script === 'diff' ? '(campone: )?' : ''}${says(file).source.replace(/^\^/, '')}[^\n]*$`));
      expect(seen[kind]).not.toMatch(/[\u0000-\u0008\u000B-\u001F]|\bat .+:\d+:\d+\)|TypeError|Cannot read properties|\[object /);
    }
    expect(seen).toEqual(expected);
  });
});
