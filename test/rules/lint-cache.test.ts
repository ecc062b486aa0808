// The lint remembers the contract rules' results only under a key made of
// everything they depend on: a remembered result is the one a fresh run
// gives. Moving a problem to another line (without changing the bundle) must
// move the reported line too.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resultsKey } from '../../tools/lint/lint-cache.ts';
import { runLint } from '../../tools/lint/run-lint.ts';
import { harbor } from '../third-api/harbor.ts';

const dir = mkdtempSync(join(tmpdir(), 'lint-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The `line:col` of each contract-rule result in stylish output. */
const places = (stdout: string) => [...stdout.matchAll(/^\s+(\d+:\d+)\s+error\s+contract-/gm)].map((match) => match[1]);

describe('the contract rules’ remembered results', () => {
  it('follow an edit that moves a problem to another line, though the bundle is the same', async () => {
    cpSync(dirname(harbor.root), dir, { recursive: true, filter: (source) => !source.includes('generated') });
    const file = join(dir, 'components', 'responses', 'NotFound.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('code: not_found', 'code: mooring_gone'));
    const root = join(dir, 'openapi.yaml');
    const first = await runLint('stylish', [root], []);
    const again = await runLint('stylish', [root], []);
    expect(places(again.stdout)).toEqual(places(first.stdout));
    expect(places(first.stdout).length).toBeGreaterThan(0);
    writeFileSync(file, `# a comment line moves everything down\n${readFileSync(file, 'utf8')}`);
    const moved = await runLint('stylish', [root], []);
    expect(places(moved.stdout)).toEqual(places(first.stdout).map((place) => place!.replace(/^\d+/, (line) => String(Number(line) + 1))));
  });

  it('are keyed by every source file and its content', async () => {
    expect(await resultsKey('a.json', { 'a.yaml': '1' })).toBe(await resultsKey('a.json', { 'a.yaml': '1' }));
    expect(await resultsKey('a.json', { 'a.yaml': '1' })).not.toBe(await resultsKey('a.json', { 'a.yaml': '2' }));
    expect(await resultsKey('a.json', { 'a.yaml': '1' })).not.toBe(await resultsKey('b.json', { 'a.yaml': '1' }));
  });
});
