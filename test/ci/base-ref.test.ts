// `npm run diff -- --base <ref>` (tools/gate/base-ref.ts) in a temp git
// repository: a pull request cannot move its own baseline, neither by copying
// its bundle over the released snapshot nor through a major version that was
// never released. Each case commits a base, edits the working tree as a pull
// request would, then gates it the way diff.ts does. The specs are copies of
// the first API's bundle.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { apiEntry, listApis } from '../../model/registry.js';
import { assertCommit, chooseBaseline, snapshotChange } from '../../tools/gate/base-ref.ts';
import { compareSpecs } from '../../tools/gate/compat.ts';
import { bumpVersion, fixtureFolder, removeResponseField, type Edit } from './spec-edits.ts';

const fixture = fixtureFolder(listApis()[0]!.bundle);
const folders = [fixture.dir];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const BUNDLE = 'generated/api/openapi.json';
const SNAPSHOT = 'openapi/api/released/openapi.json';
let edits = 0;
/** The fixture spec with these edits, as text. */
const spec = (...changes: Edit[]) => readFileSync(fixture.write(`edit-${(edits += 1)}`, ...changes), 'utf8');

/** A temp repository whose HEAD holds `base`, with `pr` written over its working tree. */
async function pullRequest(base: Record<string, string>, pr: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'contract-base-'));
  folders.push(dir);
  const write = (files: Record<string, string>) =>
    Object.entries(files).forEach(([path, text]) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    });
  const git = (...args: string[]) => execa('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
  write(base);
  await git('init', '-q');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'base');
  write(pr);
  return { dir, api: apiEntry('api', join(dir, 'openapi/api/openapi.yaml'), join(dir, 'generated')) };
}

/** The gate as `npm run diff -- --base HEAD` runs it: which baseline, the verdict, the snapshot problem. */
async function gate(repo: Awaited<ReturnType<typeof pullRequest>>) {
  const scratch = mkdtempSync(join(tmpdir(), 'contract-scratch-'));
  folders.push(scratch);
  const baseline = await chooseBaseline(repo.api, 'HEAD', scratch, repo.dir);
  const { outcome } = await compareSpecs(baseline.file, repo.api.bundle);
  return { against: baseline.ref ?? 'released snapshot', outcome, snapshot: await snapshotChange(repo.api, 'HEAD', repo.dir) };
}

describe.concurrent('the breaking-change gate with --base', () => {
  it('fails a breaking change whose pull request also copies its bundle over the released snapshot', async () => {
    const breaking = spec(removeResponseField);
    const repo = await pullRequest({ [BUNDLE]: spec(), [SNAPSHOT]: spec() }, { [BUNDLE]: breaking, [SNAPSHOT]: breaking });
    expect(await gate(repo)).toEqual({ against: 'HEAD', outcome: 'needs-major', snapshot: expect.stringMatching(/^\S*openapi\/api\/released\/openapi\.json: changed since HEAD but its version \S+ is not above the \S+ released there; the snapshot changes only through npm run release -- api$/) });
  });

  it('fails a breaking change under a major version that the base already had but never released', async () => {
    const repo = await pullRequest({ [BUNDLE]: spec(bumpVersion('major')), [SNAPSHOT]: spec() }, { [BUNDLE]: spec(bumpVersion('major'), removeResponseField) });
    expect(await gate(repo)).toEqual({ against: 'HEAD', outcome: 'needs-major', snapshot: undefined });
    // Against the snapshot alone, the unreleased major would have let it through.
    expect((await compareSpecs(join(repo.dir, SNAPSHOT), repo.api.bundle)).outcome).toBe('major-bump');
  });

  it('passes a real release in the pull request: a breaking change under a major bump, recorded in the snapshot', async () => {
    const released = spec(bumpVersion('major'), removeResponseField);
    const repo = await pullRequest({ [BUNDLE]: spec(), [SNAPSHOT]: spec() }, { [BUNDLE]: released, [SNAPSHOT]: released });
    expect(await gate(repo)).toEqual({ against: 'HEAD', outcome: 'major-bump', snapshot: undefined });
  });

  it('fails a snapshot that the pull request changed to something other than its bundle', async () => {
    const repo = await pullRequest({ [BUNDLE]: spec(), [SNAPSHOT]: spec() }, { [SNAPSHOT]: spec(bumpVersion('minor')) });
    expect(await snapshotChange(repo.api, 'HEAD', repo.dir)).toMatch(/^\S*openapi\/api\/released\/openapi\.json: changed since HEAD but differs from \S*generated\/api\/openapi\.json; /);
  });

  it('falls back to the released snapshot for an API that is new since the base', async () => {
    const repo = await pullRequest({ 'README.md': 'Before the API.\n' }, { [BUNDLE]: spec(), [SNAPSHOT]: spec() });
    expect(await gate(repo)).toEqual({ against: 'released snapshot', outcome: 'ok', snapshot: undefined });
  });

  it('refuses a base that is not a commit, in one line', async () => {
    const repo = await pullRequest({ 'README.md': 'x\n' }, {});
    await expect(assertCommit('no-such-ref', repo.dir)).rejects.toThrow(/^--base: "no-such-ref" is not a commit in this clone \(fetch it; on GitHub check out with fetch-depth: 0\)$/);
  });
});
