// `npm run release -- <api>`: record today's bundle (generated/<api>/openapi.json)
// as the API's released description, openapi/<api>/released/openapi.json, which
// `npm run diff` then compares every change with. Refuses, writing nothing, when
// the bundle is stale, when info.version was not raised above the released one,
// or when the changes since the release break integrators without a major bump.
import { parseArgs } from 'node:util';
import { getApi, runMain, UserError } from './lib/apis.ts';
import { assertBundleCurrent } from './lib/bundle-current.ts';
import { releasedPath } from './lib/compat.ts';
import { recordRelease } from './lib/release.ts';

const USAGE = 'usage: npm run release -- <api> (one API named in redocly.yaml)';

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UserError(USAGE);
  const api = getApi(positionals[0]!);
  await assertBundleCurrent(api, 'run npm run generate, commit, then release');
  console.log(await recordRelease({ name: api.name, bundle: api.bundle, snapshot: releasedPath(api), versionFile: api.root }));
}

runMain(main);
