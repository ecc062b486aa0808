// `npm run docs`: dist/docs/index.html lists the APIs; dist/docs/<api>/ holds
// the API's reference (index.html), error reference (errors.html), changelog
// (changelog.html) and bundled spec (openapi.json); dist/docs/assets/ the
// stylesheet and script they share. Every text file also gets a gzip and a
// brotli copy, which the docs server sends to browsers that accept them.
// Shared by scripts/docs.ts, scripts/start.ts, the browser test and bench/.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readJsonFile, readSpecFile, shown, UserError } from '../../model/input.js';
import { listApis, projectRoot, type ApiEntry } from '../../model/registry.js';
import { operationsOf } from '../../model/spec.js';
import { apiPages, type SiteContext } from './api-pages.ts';
import { copyAssets } from './assets.ts';
import { compressFolder } from './compress.ts';
import { landingPageHtml, type LandingEntry } from './landing-page.ts';
import { installSteps } from './quickstart.ts';
import { localServers, SANDBOX_COMMAND, type LocalServer } from './sandbox.ts';

export const DOCS_DIR = join(projectRoot, 'dist', 'docs');

export async function buildDocs(outDir = DOCS_DIR, apis: ApiEntry[] = listApis()): Promise<LandingEntry[]> {
  const packageJson = readJsonFile(join(projectRoot, 'package.json')) as { name: string; version: string };
  // Start clean, so an API removed from redocly.yaml leaves no page behind.
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const scratch = await mkdtemp(join(tmpdir(), 'docs-build-'));
  try {
    const site: SiteContext = { packageName: packageJson.name, install: installSteps(packageJson.name, packageJson.version), sandboxCommand: SANDBOX_COMMAND, scratch };
    const servers = localServers(apis.map((api) => api.name));
    const entries = await Promise.all(apis.map((api) => buildApi(api, outDir, site, servers.get(api.name)!)));
    await writeFile(join(outDir, 'index.html'), landingPageHtml(entries, site));
    await copyAssets(join(outDir, 'assets'));
    await compressFolder(outDir);
    return entries;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function buildApi(api: ApiEntry, outDir: string, site: SiteContext, server: LocalServer): Promise<LandingEntry> {
  const where = relative(projectRoot, api.bundle);
  const spec = readBundle(api.bundle);
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

/** The API's committed bundle, through the one spec reader; a missing one says how to make it. */
function readBundle(path: string) {
  if (!existsSync(path)) throw new UserError(`${shown(path)}: no such file (run npm run generate)`);
  return readSpecFile(path);
}
