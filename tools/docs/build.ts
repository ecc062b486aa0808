// `npm run docs`: dist/docs/index.html lists the APIs; dist/docs/<api>/ holds
// the API's reference page (index.html) and its bundled spec (openapi.json).
// Shared by scripts/docs.ts, scripts/start.ts and the browser test.
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { catalogOf } from '../../model/catalog.js';
import { readBundleFile, UserError } from '../../model/input.js';
import { listApis, projectRoot, type ApiEntry } from '../../model/registry.js';
import { operationsOf } from '../../model/spec.js';
import { docsSpec, sampleLanguages } from './docs-spec.ts';
import { landingPageHtml, type LandingEntry } from './landing-page.ts';
import { buildRedocPage } from './redoc-page.ts';

export const DOCS_DIR = join(projectRoot, 'dist', 'docs');

/**
 * Builds every page into a new folder beside `outDir` and swaps it in only
 * when all of them built: a failed build leaves the previous docs as they
 * were, and a removed API leaves no page behind.
 */
export async function buildDocs(outDir = DOCS_DIR, apis: ApiEntry[] = listApis()): Promise<LandingEntry[]> {
  const packageName: string = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')).name;
  await mkdir(dirname(outDir), { recursive: true });
  // Beside outDir, so the swap is a rename on one file system.
  const next = await mkdtemp(`${outDir}.next-`);
  const scratch = await mkdtemp(join(tmpdir(), 'docs-spec-'));
  try {
    // Settled, not Promise.all: no page may still be writing into `next` when it is removed.
    const built = await Promise.allSettled(apis.map((api) => buildApi(api, next, scratch, packageName)));
    const failed = built.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const entries = built.map((result) => (result as PromiseFulfilledResult<LandingEntry>).value);
    await writeFile(join(next, 'index.html'), landingPageHtml(entries));
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
  const hadOld = await rename(target, old).then(() => true, (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return false;
    throw error;
  });
  await rename(built, target);
  if (hadOld) await rm(old, { recursive: true, force: true });
}

async function buildApi(api: ApiEntry, outDir: string, scratch: string, packageName: string): Promise<LandingEntry> {
  const where = relative(projectRoot, api.bundle);
  const spec = readBundle(api.bundle);
  const apiDir = join(outDir, api.name);
  await mkdir(apiDir, { recursive: true });
  try {
    const specPath = join(scratch, `${api.name}.json`);
    const enriched = docsSpec(spec, api.name, packageName);
    await writeFile(specPath, JSON.stringify(enriched));
    await buildRedocPage(api.name, specPath, join(apiDir, 'index.html'), sampleLanguages(enriched));
  } catch (error) {
    throw new UserError(`${where}: ${(error as Error).message.split('\n')[0]}`);
  }
  await copyFile(api.bundle, join(apiDir, 'openapi.json'));
  return {
    name: api.name,
    title: spec.info?.title ?? api.name,
    version: spec.info?.version ?? '',
    summary: spec.info?.summary,
    operations: operationsOf(spec).length,
    errorCodes: Object.keys(catalogOf(spec)?.codes ?? {}).length,
  };
}

/** The API's committed bundle, through the one bundle reader: it must load and resolve; a problem says how to remake it. */
function readBundle(path: string) {
  return readBundleFile(path, 'run npm run generate');
}
