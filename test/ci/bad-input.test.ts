// Every script, fed every kind of bad input in the file it reads, answers
// with one line that names the file (and line, where there is one) and says
// what is wrong: never a stack trace, raw JS error text, a cut-off reason or
// the file's bytes.
// Each script runs, as a user runs it, on the kinds that take it down a path
// of its own: a missing file, `null` (the first thing it reads goes through
// the model's reader), a broken $ref and a broken redocly.yaml. The other
// kinds (empty, binary, not YAML, cut-off JSON) differ only inside that
// reader, so they are fed to the reader each script uses, in-process, rather
// than starting every script four more times for the same answers.
// One project copy per script; its cases run one after the other, each
// restoring what the previous one broke.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readBundleFile, readSpecFile } from '../../model/input.js';
import { projectRoot } from '../../model/registry.js';
import { readSpec } from '../../tools/gate/spec-file.ts';
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
const KINDS: { kind: string; perScript?: true; make: (good: string, file: string) => string | Buffer | undefined; says: (file: string) => RegExp }[] = [
  {
    kind: 'missing',
    perScript: true,
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
  { kind: 'null', perScript: true, make: () => 'null\n', says: (file) => new RegExp(`${quoted(file)}: not an OpenAPI document \\(null, not an object\\)`) },
  {
    kind: 'cut-off JSON',
    make: (good, file) => (file.endsWith('.json') ? good : JSON.stringify(parse(good))).slice(0, 150),
    says: (file) => new RegExp(`${quoted(file)}:\\d+:\\d+: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: \\S`),
  },
  {
    kind: 'broken $ref',
    perScript: true,
    make: (good, file) => (file.endsWith('.json') ? good.replace('"#/components/schemas/Booking"', '"#/components/schemas/Nope"') : good.replace(/\$ref: \.\/paths\/\S+/, '$ref: ./paths/nope.yaml')),
    says: (file) =>
      file.endsWith('.json')
        ? new RegExp(`${quoted(file)}: \\$ref #/components/schemas/Nope at #/paths/\\S+ points at nothing`)
        : new RegExp(`${quoted(file)}:\\d+:\\d+: cannot resolve \\$ref \\./paths/nope\\.yaml: no such file`),
  },
  { kind: 'broken redocly.yaml', perScript: true, make: (good) => good, says: () => /^redocly\.yaml:\d+:\d+: not valid YAML: \S/ },
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
  it.each(TARGETS)('npm run $script: one line naming $file, exit 1, for each kind of its own', { timeout: 120_000 }, async ({ script, args, file }) => {
    const copy = await projectCopy({ apis: ['campone'], git: false });
    copies.push(copy);
    const good = copy.read(file);
    const goodConfig = copy.read('redocly.yaml');
    const seen: Record<string, string> = {};
    const expected: Record<string, unknown> = {};
    for (const { kind, make, says } of KINDS.filter((entry) => entry.perScript)) {
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

/** The reader each script reads its first input with. */
const READERS = [
  { reads: 'a hand-written root (lint, generate)', file: ROOT, read: (path: string) => readSpecFile(path) },
  { reads: 'a bundle (docs, conformance, mock)', file: BUNDLE, read: (path: string) => readBundleFile(path, 'run npm run generate') },
  { reads: 'a release snapshot (diff, release)', file: SNAPSHOT, read: (path: string) => readSpec(path, 'restore it from git') },
];

describe('the reader of', () => {
  it.each(READERS)('$reads: one line naming the file for each other kind', ({ file, read }) => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
    try {
      const good = readFileSync(join(projectRoot, file), 'utf8');
      const path = join(dir, file);
      mkdirSync(dirname(path), { recursive: true });
      const seen: Record<string, string> = {};
      const expected: Record<string, unknown> = {};
      for (const { kind, make, says } of KINDS.filter((entry) => !entry.perScript)) {
        writeFileSync(path, make(good, file)!);
        try {
          read(path);
          seen[kind] = 'no error';
        } catch (error) {
          seen[kind] = `${(error as Error).name}: ${(error as Error).message}`;
        }
        expected[kind] = expect.stringMatching(new RegExp(`^UserError: \\S*${says(file).source}[^\\n]*$`));
      }
      expect(seen).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
