// `npm run release -- <api>`: record today's bundle (generated/<api>/openapi.json)
// as the API's released description, openapi/<api>/released/openapi.json, which
// `npm run diff` then compares every change with. Refuses, writing nothing, when
// the bundle is stale, when info.version was not raised above the released one,
// or when the changes since the release break integrators without a major bump.
import { parseArgs } from 'node:util';
import { getApi } from '../model/registry.js';
import { assertBundleCurrent } from '../tools/bundle/bundle-current.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';
import { recordRelease } from '../tools/gate/release.ts';

const USAGE = 'usage: npm run release -- <api> (one API named in redocly.yaml)';

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UserError(USAGE);
  const api = getApi(positionals[0]!);
  await assertBundleCurrent(api, 'run npm run generate, commit, then release');
  console.log(await recordRelease({ name: api.name, bundle: api.bundle, snapshot: api.snapshot, versionFile: api.root }));
}

runMain(main);
