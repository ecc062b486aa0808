// `npm run diff` and `npm run release` on a copy of the project, as a user
// runs them: a snapshot that cannot be trusted fails both in one line (and
// never hides the other API's result), a missing snapshot of an API released
// before is not a first release, a refused release writes nothing, and diff
// prints a changelog line per change (every format: gate-report.test.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { projectCopy, type ProjectCopy } from './support/project-copy.ts';

// Each test runs the scripts as child processes; on a busy machine that takes more than the default 20 s.
vi.setConfig({ testTimeout: 60_000 });

const SNAPSHOT = 'openapi/campone/released/openapi.json';
let copy: ProjectCopy;
beforeAll(async () => {
  copy = await projectCopy();
});
afterAll(() => copy?.remove());
// Each test starts from the committed copy.
afterEach(async () => {
  await copy.git('reset', '-q', '--hard', 'HEAD');
  await copy.git('clean', '-fdq');
});

const snapshot = () => JSON.parse(copy.read(SNAPSHOT));
const writeSnapshot = (value: unknown) => copy.write(SNAPSHOT, `${JSON.stringify(value, null, 2)}\n`);

describe('a snapshot the gate cannot trust', () => {
  const RESTORE = '(restore it from git, or record a release with npm run release -- campone)';
  it.each([
    ['has a $ref to nothing', () => writeSnapshot(JSON.parse(copy.read(SNAPSHOT).replace('"#/components/schemas/Booking"', '"#/components/schemas/Nope"'))), /^campone: openapi\/campone\/released\/openapi\.json: \$ref #\/components\/schemas\/Nope at #\/paths\/\S+ points at nothing /],
    ['is null', () => copy.write(SNAPSHOT, 'null\n'), /^campone: openapi\/campone\/released\/openapi\.json: not an OpenAPI document \(null, not an object\) /],
    ['is cut off', () => copy.write(SNAPSHOT, copy.read(SNAPSHOT).slice(0, 200)), /^campone: openapi\/campone\/released\/openapi\.json:\d+:\d+: not valid JSON: \S/],
    ['has no info', () => writeSnapshot({ ...snapshot(), info: undefined }), /^campone: openapi\/campone\/released\/openapi\.json: no `info` object, so no info\.version /],
    ['has paths that are a list', () => writeSnapshot({ ...snapshot(), paths: [] }), /^campone: openapi\/campone\/released\/openapi\.json: `paths` is not a map of paths /],
  ])('fails diff and release in one line when it %s; release writes nothing', async (_, edit, message) => {
    edit();
    const before = await copy.status();
    // Both only read when they refuse, so they run side by side.
    const [diff, release] = await Promise.all([copy.run('diff', ['campone']), copy.run('release', ['campone'])]);
    expect(diff).toMatchObject({ exitCode: 1, stderr: 'breaking-change gate failed for campone' });
    expect(diff.stdout.split('\n')).toEqual([expect.stringMatching(message)]);
    expect(diff.stdout.endsWith(RESTORE)).toBe(true);
    expect(release.exitCode).toBe(1);
    expect(release.stderr.split('\n')).toEqual([expect.stringMatching(/^openapi\/campone\/released\/openapi\.json(:\d+:\d+)?: /)]);
    expect(await copy.status()).toBe(before);
  });

  it('does not hide the other API’s result', async () => {
    copy.write(SNAPSHOT, 'null\n');
    const diff = await copy.run('diff');
    expect(diff.exitCode).toBe(1);
    const lines = diff.stdout.split('\n');
    expect(lines[0]).toMatch(/^campone: openapi\/campone\/released\/openapi\.json: not an OpenAPI document/);
    expect(lines.at(-1)).toMatch(/^bookingshake: passed: /);
  });
});

describe('a deleted snapshot of an API released before', () => {
  it('fails diff, saying where git has it', async () => {
    await copy.git('rm', '-q', SNAPSHOT);
    const commit = (await copy.git('log', '-1', '--format=%h')).trim();
    const diff = await copy.run('diff', ['campone']);
    expect(diff.exitCode).toBe(1);
    expect(diff.stdout).toBe(`campone: ${SNAPSHOT}: missing, but campone was released before (the snapshot is in git history at ${commit}); restore it (git checkout ${commit} -- ${SNAPSHOT}): the gate compares every change with it`);
  });

  it('is not recorded as a first release unless --first-release says so', async () => {
    await copy.git('rm', '-q', SNAPSHOT);
    const refused = await copy.run('release', ['campone']);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`^${SNAPSHOT}: missing, but campone was released before \\(the snapshot is in git history at \\w+\\); restore it \\(git checkout \\w+ -- ${SNAPSHOT}\\), or pass --first-release if this really is its first release$`));
    expect(await copy.status()).toBe(`D  ${SNAPSHOT}`);
    const forced = await copy.run('release', ['campone', '--first-release']);
    expect(forced).toMatchObject({ exitCode: 0, stdout: `campone: released 1.1.0 (first release) to ${SNAPSHOT}` });
  });

  it('refuses --first-release for an API that has a snapshot', async () => {
    const release = await copy.run('release', ['campone', '--first-release']);
    expect(release).toMatchObject({ exitCode: 1, stderr: `--first-release: campone already has a release (${SNAPSHOT}); leave the flag out` });
  });
});

describe('the changelog of npm run diff', () => {
  /** The snapshot as if the release lacked code `not_found` and had one more Site property: today adds the code and removes the property. */
  const edited = () => {
    const value = snapshot();
    delete value['x-error-catalog'].codes.not_found;
    value.components.schemas.Site.properties.legacy_code = { type: 'string' };
    writeSnapshot(value);
  };

  it('prints one line per change (impact, kind, where, old → new) and the verdict', async () => {
    edited();
    const diff = await copy.run('diff', ['campone']);
    expect(diff.exitCode).toBe(1);
    const lines = diff.stdout.split('\n');
    // Besides these two, today's bundle differs from the release in wording (patch changes), each a line too.
    expect(lines[0]).toBe(`campone: ${lines.length - 2} change(s) since release 1.1.0:`);
    expect(lines.slice(1, -1).every((line) => /^ {2}(major|minor|patch) {2}(added|removed|modified) +\S.*: .+ → .+\(openapi\/campone\/\S+\.yaml:\d+:\d+\)$/.test(line))).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}major {2}removed {3}GET \/api\/v1\/public\/sites\/ › responses › 200 › results\[\]\.legacy_code: \{"type":"string"\} → \(none\) {2}Property `legacy_code` of `Site` was removed\. \(openapi\/campone\/components\/schemas\/Site\.yaml:\d+:\d+\)$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}minor {2}added {5}x-error-catalog › codes › not_found: \(none\) → \{"status":"404",.*New documented error code `not_found` \(404\)\. \(openapi\/campone\/error-catalog\.yaml:\d+:\d+\)$/));
    expect(lines.at(-1)).toBe('campone: 1 breaking change(s) since release 1.1.0 need a major version bump: raise info.version in openapi/campone/openapi.yaml from 1.1.0 to 2.0.0, or undo them');
  });

  it('refuses a format it does not know, naming the ones it does', async () => {
    const diff = await copy.run('diff', ['--format', 'html']);
    expect(diff).toMatchObject({ exitCode: 1, stdout: '', stderr: '--format: expected stylish, github-actions, sarif, junit, got "html" (see npm run diff -- --help)' });
  });
});
