// `npm run docs`: dist/docs/index.html lists the APIs; dist/docs/<api>/ holds
// the API's reference page (index.html) and its bundled spec (openapi.json).
// Shared by scripts/docs.ts, scripts/start.ts and the browser test.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { catalogOf } from '../../model/catalog.js';
import { readJsonFile, readSpecFile, shown, UserError } from '../../model/input.js';
import { listApis, projectRoot, type ApiEntry } from '../../model/registry.js';
import { operationsOf } from '../../model/spec.js';
import { docsSpec, sampleLanguages } from './docs-spec.ts';
import { landingPageHtml, type LandingEntry } from './landing-page.ts';
import { buildRedocPage } from './redoc-page.ts';

export const DOCS_DIR = join(projectRoot, 'dist', 'docs');

export async function buildDocs(outDir = DOCS_DIR, apis: ApiEntry[] = listApis()): Promise<LandingEntry[]> {
  const packageName = String((readJsonFile(join(projectRoot, 'package.json')) as { name?: unknown }).name);
  // Start clean, so an API removed from redocly.yaml leaves no page behind.
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const scratch = await mkdtemp(join(tmpdir(), 'docs-spec-'));
  try {
    const entries = await Promise.all(apis.map((api) => buildApi(api, outDir, scratch, packageName)));
    await writeFile(join(outDir, 'index.html'), landingPageHtml(entries));
    return entries;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
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

/** The API's committed bundle, through the one spec reader; a missing one says how to make it. */
function readBundle(path: string) {
  if (!existsSync(path)) throw new UserError(`${shown(path)}: no such file (run npm run generate)`);
  return readSpecFile(path);
}
