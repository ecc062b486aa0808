// `npm run docs`: dist/docs/index.html lists the APIs; dist/docs/<api>/ holds
// the API's reference (index.html), error reference (errors.html), changelog
// (changelog.html) and bundled spec (openapi.json); dist/docs/assets/ the
// stylesheet and script they share. Every text file also gets a gzip and a
// brotli copy, which the docs server sends to browsers that accept them.
// Shared by scripts/docs.ts, scripts/start.ts, the browser test and bench/.
import { copyFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { readJsonFile, UserError } from '../../model/input.js';
import { listApis, projectRoot, readBundle, type ApiEntry } from '../../model/registry.js';
import { operationsOf } from '../../model/spec.js';
import { apiPages, type SiteContext } from './api-pages.ts';
import { copyAssets } from './assets.ts';
import { compressFolder } from './compress.ts';
import { landingPageHtml, type LandingEntry } from './landing-page.ts';
import { installSteps } from './quickstart.ts';
import { localServers, SANDBOX_COMMAND, type LocalServer } from './sandbox.ts';

export const DOCS_DIR = join(projectRoot, 'dist', 'docs');

/**
 * Builds every page into a new folder beside `outDir` and swaps it in only
 * when all of them built: a failed build leaves the previous docs as they
 * were, and an API removed from redocly.yaml leaves no page behind.
 */
export async function buildDocs(outDir = DOCS_DIR, apis: ApiEntry[] = listApis()): Promise<LandingEntry[]> {
  const packageJson = readJsonFile(join(projectRoot, 'package.json')) as { name: string; version: string };
  await mkdir(dirname(outDir), { recursive: true });
  // Beside outDir, so that the swap is a rename on one file system.
  const next = await mkdtemp(`${outDir}.next-`);
  const scratch = await mkdtemp(join(tmpdir(), 'docs-build-'));
  try {
    const site: SiteContext = { packageName: packageJson.name, install: installSteps(packageJson.name, packageJson.version), sandboxCommand: SANDBOX_COMMAND, scratch };
    const servers = localServers(apis.map((api) => api.name));
    // Settled, not Promise.all: no page may still be writing into `next` when it is removed.
    const built = await Promise.allSettled(apis.map((api) => buildApi(api, next, site, servers.get(api.name)!)));
    const failed = built.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const entries = built.map((result) => (result as PromiseFulfilledResult<LandingEntry>).value);
    await writeFile(join(next, 'index.html'), landingPageHtml(entries, site));
    await copyAssets(join(next, 'assets'));
    await compressFolder(next);
    await swapIn(next, outDir);
    return entries;
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await rm(next, { recursive: true, force: true });
  }
}

/** Replace `target` with `built` by two renames (Node has no atomic exchange of folders); the old one is removed last. */
async function swapIn(built: string, target: string): Promise<void> {
  const old = `${built}.old`;
  const hadOld = await rename(target, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  await rename(built, target);
  if (hadOld) await rm(old, { recursive: true, force: true });
}

async function buildApi(api: ApiEntry, outDir: string, site: SiteContext, server: LocalServer): Promise<LandingEntry> {
  const where = relative(projectRoot, api.bundle);
  const spec = readBundle(api);
  const apiDir = join(outDir, api.name);
  await mkdir(apiDir, { recursive: true });
  let pages;
  try {
    pages = await apiPages(api, spec, site, server);
  } catch (error) {
    // Problems with other files (sandbox/demo.json, the release history) name their own file.
    if (error instanceof UserError) throw error;
    throw new UserError(`${where}: ${(error as Error).message.split('\n')[0]}`);
  }
  for (const [file, content] of Object.entries(pages.files)) await writeFile(join(apiDir, file), content);
  await copyFile(api.bundle, join(apiDir, 'openapi.json'));
  return {
    name: api.name,
    title: spec.info?.title ?? api.name,
    version: spec.info?.version ?? '',
    summary: spec.info?.summary,
    operations: operationsOf(spec).length,
    errorCodes: Object.keys(pages.catalog.codes).length,
    released: pages.releases[0]?.date,
    firstRequest: pages.quickstart.shell,
  };
}
