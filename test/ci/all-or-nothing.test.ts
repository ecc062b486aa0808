// A failed `generate` or `docs` run leaves every committed and built file as
// it was: `git status` of a project copy shows only the edit that broke it,
// and a previous dist/docs survives untouched. (A refused `release` is shown
// to write nothing in gate-cli.test.ts.)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { editYaml, projectCopy, type ProjectCopy } from './support/project-copy.ts';

// Each test runs the scripts as child processes; on a busy machine that takes more than the default 20 s.
vi.setConfig({ testTimeout: 60_000 });

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));
const fresh = async () => {
  const copy = await projectCopy();
  copies.push(copy);
  return copy;
};

describe.concurrent('npm run generate', () => {
  it('fails in one line on the hand-written line when type generation refuses the bundle, writing nothing', async () => {
    const copy = await fresh();
    editYaml(copy, 'openapi/campone/components/parameters/BookingId.yaml', (parameter) => (parameter.in = 'nowhere'));
    const result = await copy.run('generate');
    expect(result).toMatchObject({ exitCode: 1, stdout: '' });
    expect(result.stderr.split('\n')).toEqual([expect.stringMatching(/^openapi\/campone\/components\/parameters\/BookingId\.yaml:\d+:\d+: `in` can be one of the following only: /)]);
    expect(await copy.status()).toBe(' M openapi/campone/components/parameters/BookingId.yaml');
  });

  it('writes nothing for any API when a later API fails', async () => {
    const copy = await fresh();
    // The first API changed and would regenerate; the second one cannot.
    editYaml(copy, 'openapi/campone/openapi.yaml', (root) => (root.info.title = `${root.info.title} (edited)`));
    copy.write('openapi/bookingshake/openapi.yaml', `${copy.read('openapi/bookingshake/openapi.yaml')}\npaths: {}\n`);
    const result = await copy.run('generate');
    expect(result.exitCode).toBe(1);
    expect(result.stderr.split('\n')).toEqual([expect.stringMatching(/^openapi\/bookingshake\/openapi\.yaml:\d+:\d+: not valid YAML: /)]);
    expect((await copy.status()).split('\n').sort()).toEqual([' M openapi/bookingshake/openapi.yaml', ' M openapi/campone/openapi.yaml']);
  });
});

describe.concurrent('npm run docs', () => {
  /** A copy whose dist/docs holds a previous build (stand-in pages), committed so that status shows any change to it. */
  const withPreviousDocs = async () => {
    const copy = await fresh();
    copy.write('dist/docs/index.html', '<p>previous build</p>\n');
    copy.write('dist/docs/campone/index.html', '<p>previous campone page</p>\n');
    await copy.git('add', '-A');
    await copy.git('commit', '-q', '-m', 'previous docs');
    return copy;
  };
  const leftovers = (copy: ProjectCopy) => readdirSync(join(copy.dir, 'dist')).filter((name) => name !== 'docs');

  it('fails on a bundle with a $ref to nothing, before building, leaving the previous docs', async () => {
    const copy = await withPreviousDocs();
    const bundle = 'generated/campone/openapi.json';
    copy.write(bundle, copy.read(bundle).replace('"#/components/schemas/Booking"', '"#/components/schemas/Nope"'));
    const result = await copy.run('docs');
    expect(result).toMatchObject({ exitCode: 1, stdout: '' });
    expect(result.stderr).toMatch(/^generated\/campone\/openapi\.json: \$ref #\/components\/schemas\/Nope at #\/paths\/\S+ points at nothing \(run npm run generate\)$/);
    expect(await copy.status()).toBe(` M ${bundle}`);
    expect(leftovers(copy)).toEqual([]);
  });

  it('leaves the previous docs when one API’s page fails after another was built', async () => {
    const copy = await withPreviousDocs();
    const bundle = 'generated/bookingshake/openapi.json';
    const spec = JSON.parse(copy.read(bundle));
    spec['x-error-catalog'].codes = {};
    copy.write(bundle, JSON.stringify(spec));
    const result = await copy.run('docs');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^generated\/bookingshake\/openapi\.json: x-error-catalog\.codes must NOT have fewer than 1 properties/);
    expect(await copy.status()).toBe(` M ${bundle}`);
    expect(leftovers(copy)).toEqual([]);
  });
});
