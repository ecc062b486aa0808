// Stale generated files are caught: `npm run generate -- --check`, and the
// bundle check that `npm run diff` and `npm run release` share
// (tools/bundle/bundle-current.ts), each on a temp copy of one API in which the
// hand-written root was edited and nothing regenerated. The spec files come
// from HEAD, which CI keeps consistent, so other people's uncommitted edits
// cannot make these tests flaky; the scripts come from the working tree, since
// they are what is under test.
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiEntry, listApis, projectRoot } from '../../model/registry.js';
import { assertBundleCurrent } from '../../tools/bundle/bundle-current.ts';
import { editYaml, projectCopy, type ProjectCopy } from './support/project-copy.ts';

const [api] = listApis();
const copies: ProjectCopy[] = [];

/** A project copy with only `api`, its root's title edited or not, and the API's entry in it. */
async function driftCopy(edited: boolean) {
  const copy = await projectCopy({ apis: [api!.name], git: false });
  copies.push(copy);
  const root = relative(projectRoot, api!.root);
  if (edited) editYaml(copy, root, (document) => (document.info.title = `${document.info.title} (edited)`));
  return { copy, dir: copy.dir, api: apiEntry(api!.name, join(copy.dir, root), join(copy.dir, 'generated')) };
}

afterAll(() => copies.forEach((copy) => copy.remove()));

describe.concurrent(`generated files after an edit to ${api!.name}'s spec`, () => {
  it('npm run generate -- --check fails, naming the stale bundle in one line', async () => {
    const { copy } = await driftCopy(true);
    const result = await copy.run('generate', ['--check']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.split('\n')).toEqual([expect.stringMatching(new RegExp(`^generated files are stale: .*generated/${api!.name}/openapi\\.json.*run npm run generate`))]);
  });

  it('the bundle check of diff and release fails in one line naming the bundle', async () => {
    const { dir, api: copied } = await driftCopy(true);
    await expect(assertBundleCurrent(copied, 'run npm run generate', dir)).rejects.toThrow(/^\S*generated\/\S+\/openapi\.json: stale or missing; run npm run generate$/);
  });

  it('the bundle check passes the unedited copy', async () => {
    const { dir, api: copied } = await driftCopy(false);
    await expect(assertBundleCurrent(copied, 'run npm run generate', dir)).resolves.toBeUndefined();
  });
});
