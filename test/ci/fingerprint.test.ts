// What decides whether a step is skipped (npm start's build steps) and which
// remembered lint results are used: a hash of files' names and contents, never
// their timestamps, and stamps written whole.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint, unlessUnchanged, writeJsonAtomically } from '../../tools/cli/fingerprint.ts';

const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

describe('a fingerprint of files and folders', () => {
  it('changes with a file’s content or name anywhere below a folder, and with a missing path appearing', async () => {
    write('rules/a.js', 'one');
    const paths = ['rules', 'lock.json'];
    const first = await fingerprint(paths, root);
    expect(await fingerprint(paths, root)).toBe(first);
    write('rules/a.js', 'two');
    const edited = await fingerprint(paths, root);
    expect(edited).not.toBe(first);
    renameSync(join(root, 'rules/a.js'), join(root, 'rules/b.js'));
    expect(await fingerprint(paths, root)).not.toBe(edited);
    const withoutLock = await fingerprint(paths, root);
    write('lock.json', '');
    expect(await fingerprint(paths, root)).not.toBe(withoutLock);
  });
});

describe('a step run unless unchanged', () => {
  it('runs, is skipped while inputs and outputs hash the same, and runs again after either changes', async () => {
    write('in/spec.yaml', 'a');
    let runs = 0;
    const step = { name: 'demo', inputs: ['in'], outputs: ['out'] };
    const work = async () => {
      runs++;
      write('out/page.html', `built from ${readFileSync(join(root, 'in/spec.yaml'), 'utf8')}`);
    };
    expect(await unlessUnchanged(step, work, root)).toBe('ran');
    expect(await unlessUnchanged(step, work, root)).toBe('unchanged');
    write('in/spec.yaml', 'b');
    expect(await unlessUnchanged(step, work, root)).toBe('ran');
    rmSync(join(root, 'out/page.html'));
    expect(await unlessUnchanged(step, work, root)).toBe('ran');
    expect(runs).toBe(3);
  });
});

describe('an atomic JSON write', () => {
  it('leaves the whole value and no temporary file, also when two writes of one file overlap', async () => {
    const file = join(root, 'cache', 'entry.json');
    await Promise.all([writeJsonAtomically(file, { n: 1 }), writeJsonAtomically(file, { n: 2 })]);
    expect([{ n: 1 }, { n: 2 }]).toContainEqual(JSON.parse(readFileSync(file, 'utf8')));
    expect(readdirSync(join(root, 'cache'))).toEqual(['entry.json']);
  });
});
