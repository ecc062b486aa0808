// Stale generated files are caught: `npm run generate -- --check`, and the
// bundle check that `npm run diff` and `npm run release` share
// (tools/bundle/bundle-current.ts), each on a temp copy of one API in which the
// hand-written root was edited and nothing regenerated. The spec files come
// from HEAD, which CI keeps consistent, so other people's uncommitted edits
// cannot make these tests flaky; the scripts come from the working tree, since
// they are what is under test.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument, stringify, parse } from 'yaml';
import { apiEntry, listApis, projectRoot } from '../../model/registry.js';
import { assertBundleCurrent } from '../../tools/bundle/bundle-current.ts';

const [api] = listApis();
const folders: string[] = [];

/** A temp project holding HEAD's redocly.yaml (with only `api`), openapi/ and generated/, and this tree's scripts and rules. */
async function projectCopy(edited: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'contract-drift-'));
  folders.push(dir);
  const archive = await execa('git', ['archive', '--format=tar', 'HEAD', '--', 'redocly.yaml', 'openapi', 'generated'], { cwd: projectRoot, encoding: 'buffer' });
  await execa('tar', ['-x', '-C', dir], { input: archive.stdout });
  const config = parse(readFileSync(join(dir, 'redocly.yaml'), 'utf8'));
  config.apis = { [api!.name]: config.apis[api!.name] };
  writeFileSync(join(dir, 'redocly.yaml'), stringify(config));
  // The entry points and everything they import: the tools, the contract model and the rules.
  for (const path of ['scripts', 'tools', 'model', 'rules', 'package.json']) cpSync(join(projectRoot, path), join(dir, path), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const entry = apiEntry(api!.name, join(dir, relative(projectRoot, api!.root)), join(dir, 'generated'));
  if (edited) {
    const document = parseDocument(readFileSync(entry.root, 'utf8'));
    document.setIn(['info', 'title'], `${String(document.getIn(['info', 'title']))} (edited)`);
    writeFileSync(entry.root, document.toString());
  }
  return { dir, api: entry };
}

afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe.concurrent(`generated files after an edit to ${api!.name}'s spec`, () => {
  it('npm run generate -- --check fails, naming the stale bundle in one line', async () => {
    const { dir } = await projectCopy(true);
    const result = await execa(join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/generate.ts', '--check'], { cwd: dir, reject: false });
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^generated files are stale: .*generated/${api!.name}/openapi\\.json.*run npm run generate`))]);
  });

  it('the bundle check of diff and release fails in one line naming the bundle', async () => {
    const { dir, api: copy } = await projectCopy(true);
    await expect(assertBundleCurrent(copy, 'run npm run generate', dir)).rejects.toThrow(/^\S*generated\/\S+\/openapi\.json: stale or missing; run npm run generate$/);
  });

  it('the bundle check passes the unedited copy', async () => {
    const { dir, api: copy } = await projectCopy(false);
    await expect(assertBundleCurrent(copy, 'run npm run generate', dir)).resolves.toBeUndefined();
  });
});
