// The changelog: releases read from the history of the release snapshot,
// each compared with the one before by the breaking-change gate.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../model/input.js';
import { getApi, readBundle } from '../../model/registry.js';
import { changelogPageHtml, where } from '../../tools/docs/changelog-page.ts';
import { releaseHistory } from '../../tools/docs/release-history.ts';

const scratch = await mkdtemp(join(tmpdir(), 'docs-changelog-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('where a change is, in words', () => {
  it('names the operation, then the part of the request or response', () => {
    expect(where(['paths', '/bookings/', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'guest', 'properties', 'email'])).toBe(
      'POST /bookings/ · request body · field guest.email',
    );
    expect(where(['paths', '/e', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'bookings', 'items', 'properties', 'pax'])).toBe(
      'POST /e · request body · field bookings[].pax',
    );
    expect(where(['paths', '/bookings/', 'post', 'responses', '400', 'content', 'application/json', 'examples', 'x'])).toBe('POST /bookings/ · response 400 · example x');
    expect(where(['paths', '/sites/{id}/'])).toBe('path /sites/{id}/');
    expect(where(['x-error-catalog', 'codes', 'not_found'])).toBe('error code not_found');
    expect(where(['info'])).toBe('API description');
  });
});

describe('the changelog page', () => {
  const html = changelogPageHtml({ title: 'Rooms', version: '2.0.0' }, [
    {
      version: '2.0.0',
      date: '2026-12-01',
      changes: [
        { impact: 'major', kind: 'removed', path: ['paths', '/rooms/{id}'], message: 'Operation removed.' },
        { impact: 'minor', kind: 'error-code-added', path: ['x-error-catalog', 'codes', 'gone'], message: 'New documented error code `gone` (410).' },
        { impact: 'patch', kind: 'modified', path: ['paths', '/rooms', 'get', 'parameters', '0'], property: 'maximum', before: 50, after: undefined },
        { impact: 'patch', kind: 'modified', path: ['info'], property: 'description', before: 'a', after: 'b' },
        { impact: 'patch', kind: 'modified', path: ['info'], property: 'version', before: '1.0.0', after: '2.0.0' },
      ],
    },
    { version: '1.0.0', date: '2026-11-01' },
  ]);

  it('marks the version and each breaking change, then lists additions and other changes, and counts rewordings', () => {
    expect(html).toContain('<h2>2.0.0 <span class="badge breaking">breaking</span></h2>');
    expect(html).toContain('<li><span class="badge breaking">breaking</span> <span class="where">path /rooms/{id}</span>: Operation removed.</li>');
    expect(html).toContain('<h3>Added</h3><ul class="changes"><li><span class="where">error code gone</span>: New documented error code `gone` (410).</li></ul>');
    expect(html).toContain('<span class="where">GET /rooms · parameter</span>: maximum 50 → none');
    expect(html).toContain('Descriptions reworded in 1 place.');
    expect(html).not.toContain('1.0.0 → 2.0.0');
  });

  it('dates every release and says which one came first', () => {
    expect(html).toContain('<section class="release prose" id="v1.0.0">');
    expect(html).toContain('Released <time datetime="2026-11-01">2026-11-01</time>');
    expect(html).toContain('<p>First release.</p>');
  });
});

describe('the release history', () => {
  it("of CampOne rates each release's changes as the gate does", { timeout: 60_000 }, async () => {
    const releases = await releaseHistory(getApi('campone'), scratch);
    const versions = releases.map((release) => release.version);
    expect(versions.slice(-2)).toEqual(['1.1.0', '1.0.0']);
    expect(releases.at(-1)!.changes).toBeUndefined();
    const changes = releases.find((release) => release.version === '1.1.0')!.changes!;
    expect(changes.filter((change) => change.impact === 'major')).toEqual([]);
    expect(changes).toContainEqual(
      expect.objectContaining({ impact: 'minor', kind: 'added', path: ['paths', '/api/v1/public/bookings/', 'post', 'responses', '400', 'content', 'application/json', 'examples', 'unsupported_media_type'] }),
    );
    expect(changes).toContainEqual(expect.objectContaining({ impact: 'patch', property: 'maxLength', before: 254, after: undefined }));
  });

  it('finds a breaking release and an uncommitted one in a repository of its own', { timeout: 60_000 }, async () => {
    const repo = join(scratch, 'repo');
    const snapshot = join(repo, 'released', 'openapi.json');
    await mkdir(join(repo, 'released'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    git('init', '-q');
    const spec = readBundle(getApi('campone'));
    const release = async (version: string, edit: (copy: typeof spec) => void = () => {}) => {
      const copy = structuredClone(spec);
      copy.info.version = version;
      edit(copy);
      await writeFile(snapshot, JSON.stringify(copy));
    };
    await release('1.0.0');
    git('add', '.');
    git('commit', '-qm', 'one');
    await release('2.0.0', (copy) => delete copy.paths!['/api/v1/public/sites/{id}/']);
    git('commit', '-qam', 'two');
    await release('2.1.0', (copy) => delete copy.paths!['/api/v1/public/sites/{id}/']);

    const releases = await releaseHistory({ name: 'rooms', snapshot }, scratch, repo);
    expect(releases.map((entry) => [entry.version, entry.date === undefined])).toEqual([
      ['2.1.0', true],
      ['2.0.0', false],
      ['1.0.0', false],
    ]);
    expect(releases[1]!.changes!.filter((change) => change.impact === 'major').map((change) => change.path)).toContainEqual(['paths', '/api/v1/public/sites/{id}/']);
  });

  it('fails with one line naming the snapshot when git cannot read its history', async () => {
    const outside = join(scratch, 'no-repo', 'openapi.json');
    await mkdir(join(scratch, 'no-repo'), { recursive: true });
    await writeFile(outside, JSON.stringify(readBundle(getApi('campone'))));
    const error = await releaseHistory({ name: 'x', snapshot: outside }, scratch, join(scratch, 'no-repo')).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/openapi\.json: cannot read its release history: fatal: not a git repository/);
  });

  it('has none for an API never released', async () => {
    expect(await releaseHistory({ name: 'x', snapshot: join(scratch, 'absent.json') }, scratch)).toEqual([]);
  });
});
