// The built docs in a real browser, served from a folder below the host root
// as a static host would: every page loads with no failed request, nothing
// outside dist/docs and no console error; every operation is in the reference
// navigation with its code samples; the error table lists every catalog code.
// Screenshots go to test-results/docs/.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listApis, projectRoot, readBundle } from '../../model/registry.js';
import { buildDocs } from '../../tools/docs/build.ts';
import { ERROR_TABLE_HEADER } from '../../tools/docs/error-table.ts';
import { clientFactoryName } from '../../tools/docs/naming.ts';
import { serveStatic, type StaticServer } from '../../tools/docs/static-server.ts';
import { operationsOf } from '../../model/spec.js';
import { launchChromium, linksLeavingDocs, openWatchedPage } from './browser-harness.ts';

const SCREENSHOTS = join(projectRoot, 'test-results', 'docs');
const apis = listApis();
/** Paths the test server answered 404: below the docs, or outside them on the same host. */
const notFound: string[] = [];
let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // Always built, by the code behind `npm run docs`, so a fresh clone is
  // tested as it is. Built into a folder of its own: `npm run build` (run by
  // the package test at the same time) empties dist/.
  site = await mkdtemp(join(tmpdir(), 'docs-site-'));
  await buildDocs(site);
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await serveStatic(site, { port: await getPort(), basePath: '/docs/', onNotFound: (url) => notFound.push(url) });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(site, { recursive: true, force: true });
});

describe('the docs landing page', () => {
  it('lists every API with its reference and its spec, and loads nothing from outside', { timeout: 60_000 }, async () => {
    const { page, problems, close } = await openWatchedPage(browser, server.url);
    try {
      await page.goto(server.url, { waitUntil: 'networkidle' });
      for (const api of apis) {
        const spec = readBundle(api);
        const card = page.locator(`[data-api="${api.name}"]`);
        await expect.soft(card.textContent()).resolves.toContain(spec.info.title);
        await expect.soft(card.textContent()).resolves.toContain(spec.info.version);
        const download = await page.request.get(new URL(`${api.name}/openapi.json`, server.url).href);
        expect(download.status()).toBe(200);
        expect(await download.json()).toEqual(spec);
        expect(await card.locator(`a[href="${api.name}/openapi.json"]`).count()).toBe(1);
      }
      expect(await linksLeavingDocs(page, server.url)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'index.png'), fullPage: true });
      await page.locator(`[data-api="${apis[0]!.name}"] h2 a`).click();
      await page.waitForURL(`${server.url}${apis[0]!.name}/index.html`);
      expect(problems).toEqual([]);
      expect(notFound).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe.each(apis)('the $name reference page', (api) => {
  const spec = readBundle(api);
  const catalog = spec['x-error-catalog']!;
  const operations = operationsOf(spec);

  it('loads offline, lists every operation with samples and every catalog code', { timeout: 60_000 }, async () => {
    const { page, problems, close } = await openWatchedPage(browser, server.url);
    try {
      await page.goto(`${server.url}${api.name}/index.html`, { waitUntil: 'networkidle' });
      await page.screenshot({ path: join(SCREENSHOTS, `${api.name}.png`) });
      expect(await linksLeavingDocs(page, server.url)).toEqual([]);

      const table = page.locator('table', { has: page.locator('th', { hasText: ERROR_TABLE_HEADER.at(-1)! }) });
      expect(await table.count()).toBe(1);
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
      expect(rows.map(([code, status]) => [code, status])).toEqual(Object.entries(catalog.codes).map(([code, entry]) => [code, entry.status]));
      await table.screenshot({ path: join(SCREENSHOTS, `${api.name}-errors.png`) });

      const navigation = await operationsInNavigation(page);
      const label = (op: (typeof operations)[number]) => `${op.method} ${op.node.summary ?? op.id}`;
      expect([...navigation.keys()]).toEqual(expect.arrayContaining(operations.map(label)));

      // Samples in the reader's chosen language; TypeScript is the one that names this project's client.
      await page.locator('[data-component-name="Dropdown/Dropdown"]', { hasText: /^curl$/ }).first().click();
      await page.locator('[data-component-name="Dropdown/DropdownMenuItem"]', { hasText: 'TypeScript' }).click();
      for (const operation of operations) {
        // Through the link's own hash: a closed group's links are not clickable.
        await page.evaluate((hash) => (window.location.hash = hash), navigation.get(label(operation))!);
        const call = `await api.${operation.method.toUpperCase()}('${operation.path}'`;
        await page.locator('[data-component-name="CodeBlock/CodeBlock"]', { hasText: call }).first().waitFor({ timeout: 5_000 });
      }
      expect(await page.locator('[data-component-name="CodeBlock/CodeBlock"]', { hasText: `${clientFactoryName(api.name, spec.info.title)}({` }).count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOTS, `${api.name}-samples.png`) });

      expect(problems).toEqual([]);
      expect(notFound).toEqual([]);
    } finally {
      await close();
    }
  });
});

/**
 * The sidebar's operations, `method label` to the link's hash. A tag's
 * operations are only rendered once the tag is open, so each closed group is
 * opened in turn.
 */
async function operationsInNavigation(page: Page): Promise<Map<string, string>> {
  const closedGroups = page.locator('[data-component-name="Menu/MenuItem"]:has(> div[style*="display:none"]) > a');
  const operationItems = page.locator('[data-component-name="Menu/MenuItem"]:has([data-component-name="Tags/HttpTag"])');
  const found = new Map<string, string>();
  const opened = new Set<string>();
  for (;;) {
    const items = await operationItems.evaluateAll((elements) =>
      elements.map((item) => {
        const method = item.querySelector('[data-component-name="Tags/HttpTag"]')?.textContent?.trim().toLowerCase();
        return [`${method} ${item.querySelector('[data-text]')?.getAttribute('data-text')}`, item.querySelector('a')?.getAttribute('href') ?? ''] as const;
      }),
    );
    for (const [label, href] of items) found.set(label, href);
    const next = (await closedGroups.allTextContents()).find((label) => !opened.has(label));
    if (next === undefined) return found;
    opened.add(next);
    await closedGroups.filter({ hasText: next }).first().click();
  }
}
