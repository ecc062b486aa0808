// `npm run release -- <api>`: record today's bundle (generated/<api>/openapi.json)
// as the API's released description, openapi/<api>/released/openapi.json, which
// `npm run diff` then compares every change with. Refuses, writing nothing, when
// the bundle is stale, when info.version was not raised above the released one,
// or when the changes since the release break integrators without a major bump.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { getApi, runMain, UserError, type ApiEntry } from './lib/apis.ts';
import { rel, releasedPath } from './lib/compat.ts';
import { recordRelease } from './lib/release.ts';
import { quiet, tool } from './lib/run.ts';

const USAGE = 'usage: npm run release -- <api> (one API named in redocly.yaml)';

/** The committed bundle must be what the hand-written files bundle to today. */
async function assertBundleCurrent(api: ApiEntry): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'release-'));
  try {
    const fresh = join(scratch, 'openapi.json');
    const bundled = await tool('redocly', ['bundle', api.name, '--output', fresh, '--ext', 'json']);
    if (bundled.exitCode !== 0) throw new UserError(`${rel(api.root)}: bundle failed: ${quiet(String(bundled.all)).split('\n').pop()}`);
    const [committed, today] = await Promise.all([readFile(api.bundle, 'utf8').catch(() => 'null'), readFile(fresh, 'utf8')]);
    if (!isDeepStrictEqual(JSON.parse(committed), JSON.parse(today))) {
      throw new UserError(`${rel(api.bundle)}: stale or missing; run npm run generate, commit, then release`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UserError(USAGE);
  const api = getApi(positionals[0]!);
  await assertBundleCurrent(api);
  console.log(await recordRelease({ name: api.name, bundle: api.bundle, snapshot: releasedPath(api), versionFile: api.root }));
}

runMain(main);
