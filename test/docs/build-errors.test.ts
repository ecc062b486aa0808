// Bad input stops the docs build with one line that names the file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getApi, type ApiEntry, readBundle } from '../../model/registry.js';
import { UserError } from '../../model/input.js';
import { buildDocs } from '../../tools/docs/build.ts';


const scratch = await mkdtemp(join(tmpdir(), 'docs-errors-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function apiWithBundle(name: string, content: string | undefined): Promise<ApiEntry> {
  const bundle = join(scratch, `${name}.json`);
  if (content !== undefined) await writeFile(bundle, content);
  return { ...getApi('campone'), name, bundle };
}

async function buildError(api: ApiEntry): Promise<Error> {
  const error = await buildDocs(join(scratch, 'out'), [api]).then(
    () => undefined,
    (caught: Error) => caught,
  );
  expect(error).toBeInstanceOf(UserError);
  return error!;
}

describe('the docs build', () => {
  it('names a missing bundle and says how to make it', async () => {
    const error = await buildError(await apiWithBundle('missing', undefined));
    expect(error.message).toMatch(/missing\.json: no such file \(run npm run generate\)$/);
  });

  it('names a bundle that is not JSON', async () => {
    expect((await buildError(await apiWithBundle('broken', '{ nope'))).message).toMatch(/broken\.json:\d+:\d+: not valid JSON/);
  });

  it('names a bundle whose error catalog is invalid or names unknown operations', async () => {
    const spec = readBundle(getApi('campone'));
    const noCodes = { ...spec, 'x-error-catalog': { ...spec['x-error-catalog'], codes: {} } };
    expect((await buildError(await apiWithBundle('nocodes', JSON.stringify(noCodes)))).message).toMatch(/nocodes\.json: x-error-catalog\.codes must NOT have fewer than 1 properties/);
    const ghost = { ...spec, 'x-error-catalog': { ...spec['x-error-catalog'], codes: { ghost: { status: '404', operations: ['nope'], meaning: 'm' } } } };
    expect((await buildError(await apiWithBundle('ghost', JSON.stringify(ghost)))).message).toMatch(/ghost\.json: x-error-catalog: code "ghost" names operation "nope"/);
    const none = { ...spec, 'x-error-catalog': undefined };
    expect((await buildError(await apiWithBundle('none', JSON.stringify(none)))).message).toMatch(/none\.json: has no x-error-catalog, so its error reference cannot be generated$/);
  });

});
