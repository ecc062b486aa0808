// `npm run release` logic (tools/gate/release.ts) on copies in a temp folder:
// it records a release only when info.version went up and the gate passes.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listApis } from '../../model/registry.js';
import { recordRelease } from '../../tools/gate/release.ts';
import { addOptionalFieldAndErrorCode, bumpVersion, fixtureFolder, removeResponseField } from './spec-edits.ts';

const [api] = listApis();

describe(`recording a release (on a copy of ${api!.name})`, () => {
  const fixture = fixtureFolder(api!.bundle);
  afterAll(() => rmSync(fixture.dir, { recursive: true, force: true }));
  let step = 0;
  /** A fresh released/ folder and a bundle with these edits. */
  const setup = (...edits: Parameters<typeof fixture.write>[1][]) => {
    step += 1;
    const bundle = fixture.write(`bundle-${step}`, ...edits);
    return { name: api!.name, bundle, snapshot: join(fixture.dir, `released-${step}`, 'openapi.json'), versionFile: api!.root };
  };
  const read = (file: string) => readFileSync(file, 'utf8');
  // The temp folder is no git repository, so git cannot vouch that there was no earlier release: the flag says so.
  const first = (files: ReturnType<typeof setup>) => recordRelease(files, { firstRelease: true });

  it('records the first release as an exact copy of the bundle', async () => {
    const files = setup();
    expect(await first(files)).toMatch(/released \S+ \(first release\)/);
    expect(read(files.snapshot)).toBe(read(files.bundle));
  });

  it('refuses, in one line and without writing, to release the same version again', async () => {
    const files = setup();
    await first(files);
    const before = read(files.snapshot);
    const changed = { ...files, bundle: fixture.write(`same-version-${step}`, addOptionalFieldAndErrorCode) };
    await expect(recordRelease(changed)).rejects.toThrow(/^\S*released-\d+\/openapi\.json: \S+ \S+ is already released .*raise it before releasing$/);
    expect(read(files.snapshot)).toBe(before);
  });

  it('refuses a version lower than the released one', async () => {
    const files = setup();
    await first(files);
    await expect(recordRelease({ ...files, bundle: fixture.write(`lower-${step}`, bumpVersion('lower')) })).rejects.toThrow(/already released/);
  });

  it('records an additive change under a minor bump, replacing the snapshot', async () => {
    const files = setup();
    await first(files);
    const bundle = fixture.write(`additive-${step}`, addOptionalFieldAndErrorCode, bumpVersion('minor'));
    expect(await recordRelease({ ...files, bundle })).toMatch(/released \S+ \(was \S+\)/);
    expect(read(files.snapshot)).toBe(read(bundle));
  });

  it('refuses a breaking change under a minor bump, so a release cannot launder it', async () => {
    const files = setup();
    await first(files);
    const before = read(files.snapshot);
    const bundle = fixture.write(`breaking-minor-${step}`, removeResponseField, bumpVersion('minor'));
    await expect(recordRelease({ ...files, bundle })).rejects.toThrow(/breaking change\(s\) since release .* need a major version bump/);
    expect(read(files.snapshot)).toBe(before);
  });

  it('records a breaking change under a major bump', async () => {
    const files = setup();
    await first(files);
    const bundle = fixture.write(`breaking-major-${step}`, removeResponseField, bumpVersion('major'));
    await recordRelease({ ...files, bundle });
    expect(read(files.snapshot)).toBe(read(bundle));
  });

  it('refuses a missing bundle with a hint to generate it', async () => {
    const files = setup();
    await expect(recordRelease({ ...files, bundle: join(fixture.dir, 'nope.json') })).rejects.toThrow(/nope\.json: missing; run npm run generate first$/);
    expect(existsSync(files.snapshot)).toBe(false);
  });

  it('refuses a first release without --first-release when git cannot tell whether there was one, writing nothing', async () => {
    const files = setup(bumpVersion('lower'));
    await expect(recordRelease(files)).rejects.toThrow(/^\S*released-\d+\/openapi\.json: missing, and git cannot tell whether \S+ was released before \(not a git repository.*\); pass --first-release if this is its first release$/);
    expect(existsSync(files.snapshot)).toBe(false);
  });

  it('refuses --first-release when a snapshot exists, leaving it as it was', async () => {
    const files = setup();
    await first(files);
    const before = read(files.snapshot);
    await expect(first({ ...files, bundle: fixture.write(`again-${step}`, bumpVersion('minor')) })).rejects.toThrow(/^--first-release: \S+ already has a release/);
    expect(read(files.snapshot)).toBe(before);
  });
});
