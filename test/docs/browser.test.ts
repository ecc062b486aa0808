// The built docs in a real browser, served from a folder below the host root
// as a static host would, by the server `npm start` uses: every page loads
// with no failed request, nothing from outside dist/docs and no console
// error; at 1440 × 900 each operation has its samples beside it; at 390 × 844
// nothing is wider than the screen; the sidebar, the error links, the error
// reference, the changelog and the quickstart hold what the contracts say.
// Screenshots go to test-results/docs/.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import getPort from 'get-port';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { codesIn } from '../../model/catalog.js';
import { listApis, projectRoot, readBundle } from '../../model/registry.js';
import { isErrorStatus, operationsOf } from '../../model/spec.js';
import { buildDocs } from '../../tools/docs/build.ts';
import { localServers } from '../../tools/docs/sandbox.ts';
import { serveStatic, type StaticServer } from '../../tools/docs/static-server.ts';
import { docsContext, elementsWiderThanViewport, launchChromium, linksLeavingDocs, openWatchedPage, type WatchedPage } from './browser-harness.ts';
import { releasedVersions } from './released-versions.ts';

const run = promisify(execFile);
const SCREENSHOTS = join(projectRoot, 'test-results', 'docs');
const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 390, height: 844 };
/** Wording that speaks to the contract's maintainers, not to the people calling the API. */
const MAINTAINER_WORDING = /\bthis contract\b|\bthe contract\b|\bthe lint\b|\blint rules\b|\bthe rules\b|x-error-catalog/i;
const apis = listApis();

const servers = localServers(apis.map((api) => api.name));
/**
 * Where the quickstart's printed requests are sent: the run's sandbox (the
 * same seed on other ports) for an API that has one, else its Prism mock,
 * as the page itself says.
 */
const quickstartTarget = (api: string) => (servers.get(api)!.kind === 'sandbox' ? inject('sandboxUrls')[api] : inject('mockUrls')[api])!;
/** Run a printed curl command against the run's server; its body and status. */
async function runPrinted(command: string, api: string): Promise<{ status: string; body: unknown }> {
  // As pasted into a shell, without -i (headers); -w adds the status on a last line of its own.
  const { stdout } = await run('sh', ['-c', `${command.replaceAll(servers.get(api)!.baseUrl, quickstartTarget(api)).replace(/^curl -i /, 'curl ')} -s -w '\\n%{http_code}'`]);
  return { status: stdout.slice(stdout.lastIndexOf('\n') + 1), body: JSON.parse(stdout.slice(0, stdout.lastIndexOf('\n'))) };
}

/** Paths the test server answered 404: below the docs, or outside them on the same host. */
const notFound: string[] = [];
let site: string;
let pages: string[];
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** The shared pages (see onSharedPage), by path, each opened on first use; closing the browser closes them. */
const sharedPages = new Map<string, Promise<WatchedPage>>();

beforeAll(async () => {
  // Always built, by the code behind `npm run docs`, so a fresh clone is
  // tested as it is. Built into a folder of its own: `npm run build` (run by
  // the package test at the same time) empties dist/.
  site = await mkdtemp(join(tmpdir(), 'docs-site-'));
  await buildDocs(site);
  pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await serveStatic(site, { port: await getPort(), basePath: '/docs/', onNotFound: (url) => notFound.push(url) });
  browser = await launchChromium();
  context = await docsContext(browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

/**
 * Opens a docs page, runs `check` on it, then asserts that nothing went wrong
 * while it was open. Waiting for the network to go quiet (not just for the
 * load event) catches late requests too; the test of every page does that,
 * the others need the page only.
 */
async function onPage(path: string, viewport: { width: number; height: number }, check: (page: Page) => Promise<void>, waitUntil: 'load' | 'networkidle' = 'load'): Promise<void> {
  const watched = await openWatchedPage(context, server.url, viewport);
  try {
    await watched.page.goto(`${server.url}${path}`, { waitUntil });
    await check(watched.page);
    await expectNothingWentWrong(watched);
  } finally {
    await watched.close();
  }
}

/** No link on the page leaves the docs, nothing went wrong while it was open, and the server answered no 404. */
async function expectNothingWentWrong({ page, problems }: WatchedPage): Promise<void> {
  expect(await linksLeavingDocs(page, server.url)).toEqual([]);
  expect(problems).toEqual([]);
  expect(notFound).toEqual([]);
}

/**
 * Like onPage at 1440 × 900, for the pages several tests read (an API's
 * reference and error pages): loading and rendering a reference page (about
 * 1 MB) costs more than most checks on it, so each is loaded once, on first
 * use, and stays open for the rest of the file. The checks only read and
 * scroll, and each starts at the top of the page as on a fresh load (the
 * element screenshots depend on the scroll position: the top bar sticks).
 * What onPage asserts after its check is asserted after every check, so it
 * also holds after the last test that used the page.
 */
async function onSharedPage(path: string, check: (page: Page) => Promise<void>): Promise<void> {
  if (!sharedPages.has(path)) sharedPages.set(path, openShared(path));
  const watched = await sharedPages.get(path)!;
  await watched.page.evaluate(() => window.scrollTo(0, 0));
  await check(watched.page);
  await expectNothingWentWrong(watched);
}

async function openShared(path: string): Promise<WatchedPage> {
  const watched = await openWatchedPage(context, server.url, WIDE);
  await watched.page.goto(`${server.url}${path}`);
  return watched;
}

const shot = (name: string) => join(SCREENSHOTS, name);

describe('the docs landing page', () => {
  it('has one card per API with its version, what it is, a first request and links to its pages', { timeout: 60_000 }, async () => {
    await onPage('', WIDE, async (page) => {
      for (const api of apis) {
        const spec = readBundle(api);
        const card = page.locator(`[data-api="${api.name}"]`);
        const text = (await card.textContent()) ?? '';
        expect(text).toContain(spec.info.title);
        expect(text).toContain(`v${spec.info.version}`);
        expect(text).toContain(spec.info.summary);
        expect(text).toContain(servers.get(api.name)!.baseUrl);
        const links = await card.locator('.links a').evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent, anchor.getAttribute('href')]));
        expect(links).toEqual([
          ['Reference', `${api.name}/index.html`],
          ['Quickstart', `${api.name}/index.html#quickstart`],
          ['Errors', `${api.name}/errors.html`],
          ['Changelog', `${api.name}/changelog.html`],
          ['OpenAPI', `${api.name}/openapi.json`],
        ]);
        const download = await page.request.get(new URL(`${api.name}/openapi.json`, server.url).href);
        expect(await download.json()).toEqual(spec);
      }
      await page.screenshot({ path: shot('index.png'), fullPage: true });
    });
  });
});

describe.each(apis)('the $name reference at 1440 × 900', (api) => {
  const spec = readBundle(api);
  const catalog = spec['x-error-catalog']!;
  const operations = operationsOf(spec);

  it('shows the request and response samples beside each operation', { timeout: 60_000 }, async () => {
    await onSharedPage(`${api.name}/index.html`, async (page) => {
      await page.screenshot({ path: shot(`${api.name}.png`) });
      for (const operation of operations) {
        const section = page.locator(`section#op-${operation.id}`);
        await section.scrollIntoViewIfNeeded();
        const text = (await section.locator(':scope > .text').boundingBox())!;
        const samples = (await section.locator(':scope > .samples').boundingBox())!;
        expect(samples.x, `${operation.label}: samples start right of the text`).toBeGreaterThanOrEqual(text.x + text.width - 1);
        expect(Math.abs(samples.y - text.y), `${operation.label}: samples level with the text`).toBeLessThan(2);
        const request = await section.locator('.samples figure.sample.shown code').textContent();
        expect(request).toContain(operation.path.replace(/\{[^}]+\}.*/, ''));
        expect(await section.locator('.samples figure.response-sample').count()).toBeGreaterThan(0);
      }
      await page.locator(`section#op-${operations.at(-1)!.id}`).screenshot({ path: shot(`${api.name}-operation.png`) });
    });
  });

  it('lists the operations by tag, then the guide: authentication, errors, tenant isolation, rate limits, creating safely', { timeout: 60_000 }, async () => {
    await onSharedPage(`${api.name}/index.html`, async (page) => {
      const groups = await page.locator('.sidebar .nav-group').evaluateAll((elements) =>
        elements.map((element) => ({ title: element.querySelector('.nav-title')?.textContent, links: [...element.querySelectorAll('a')].map((a) => a.getAttribute('href')) })),
      );
      const tags: string[] = [...new Set(operations.map((operation) => operation.node.tags[0] as string))];
      expect(groups.map((group) => group.title)).toEqual(['Get started', ...tags, 'Guide', 'More']);
      for (const tag of tags) {
        const expected = operations.filter((operation) => operation.node.tags[0] === tag).map((operation) => `#op-${operation.id}`);
        expect(groups.find((group) => group.title === tag)!.links).toEqual(expected);
      }
      const headings: string[] = [...String(spec.info.description).matchAll(/^## (.+)$/gm)].map((match) => match[1]!);
      const guide = await page.locator('.sidebar .nav-group', { hasText: 'Guide' }).locator('a').allTextContents();
      expect(guide).toEqual(headings);
      for (const topic of [/authentication/i, /error/i, /isolation/i, /rate limit/i, /creat.* safely/i]) expect(guide.some((title) => topic.test(title)), String(topic)).toBe(true);
      for (const href of groups.flatMap((group) => group.links).filter((link) => link?.startsWith('#'))) {
        expect(await page.locator(href!).count(), href!).toBe(1);
      }
    });
  });

  it("links every operation's error responses to the status and each code in the error reference", { timeout: 60_000 }, async () => {
    let targets: string[] = [];
    await onSharedPage(`${api.name}/errors.html`, async (page) => {
      targets = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    });
    await onSharedPage(`${api.name}/index.html`, async (page) => {
      for (const operation of operations) {
        const links = await page.locator(`section#op-${operation.id} .text a[href^="errors.html#"]`).evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!.slice('errors.html#'.length)));
        for (const status of [...operation.responses.keys()].filter(isErrorStatus)) {
          expect(links, `${operation.label} ${status}`).toContain(`status-${status}`);
          for (const [code] of codesIn(catalog, operation).filter(([, entry]) => entry.status === status)) expect(links, `${operation.label} ${code}`).toContain(code);
        }
        for (const link of links) expect(targets, `${operation.label} links to errors.html#${link}`).toContain(link);
      }
      // The guide's list of documented codes, where the description asks for it (its marker line).
      const guideLinks = await page.locator('.row.guide a[href^="errors.html#"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      const asked = String(readBundle(api).info.description ?? '').includes('<!-- x-error-catalog -->');
      expect(guideLinks).toEqual(asked ? Object.keys(catalog.codes).map((code) => `errors.html#${code}`) : []);
    });
  });

  it('prints a quickstart request and an error request whose answers, run as printed, are the ones on the page', { timeout: 60_000 }, async () => {
    await onSharedPage(`${api.name}/index.html`, async (page) => {
      const quickstart = page.locator('#quickstart');
      const command = (await quickstart.locator('[data-quickstart="request"] figure[data-label="curl"] code').textContent())!;
      const answer = quickstart.locator('[data-quickstart="answer"]');
      const server = servers.get(api.name)!;
      expect(command).toContain(server.baseUrl);
      expect(command).toContain(server.key.value);
      expect(await quickstart.locator('[data-quickstart="error"] code').textContent()).toContain(server.revokedKey ?? 'Prefer: code=');
      const success = await runPrinted(command, api.name);
      expect(success.status).toBe(await answer.getAttribute('data-status'));
      expect(success.body).toEqual(JSON.parse((await answer.locator('code').textContent())!));
      // The error request: its answer is one of the refusals the page shows after it.
      const refused = await runPrinted((await quickstart.locator('[data-quickstart="error"] code').textContent())!, api.name);
      const shown = await quickstart.locator('[data-quickstart="error"] ~ figure.response-sample').evaluateAll((figures) =>
        figures.map((figure) => ({ status: figure.querySelector('.status')?.textContent, body: figure.querySelector('pre code')?.textContent })),
      );
      expect(shown.map((figure) => ({ status: figure.status, body: JSON.parse(figure.body!) }))).toContainEqual(refused);
      await quickstart.screenshot({ path: shot(`${api.name}-quickstart.png`) });
    });
  });
});

describe.each(apis)('the $name error reference', (api) => {
  const catalog = readBundle(api)['x-error-catalog']!;

  it('gives every catalog code its own entry: status, where, meaning, what to do and a body', { timeout: 60_000 }, async () => {
    await onSharedPage(`${api.name}/errors.html`, async (page) => {
      const entries = await page.locator('article.error-code').evaluateAll((articles) =>
        articles.map((article) => ({
          id: article.id,
          status: article.querySelector('.status')?.textContent,
          terms: [...article.querySelectorAll('dt')].map((term) => term.textContent),
          body: JSON.parse(article.querySelector('dd pre code')?.textContent ?? 'null'),
        })),
      );
      // Grouped by status on the page, so compared in one order: each code exactly once, at its status.
      const byCode = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
      expect(entries.map((entry) => [entry.id, entry.status]).sort(byCode)).toEqual(Object.entries(catalog.codes).map(([code, entry]) => [code, entry.status]).sort(byCode));
      for (const entry of entries) {
        expect(entry.terms, entry.id).toEqual(expect.arrayContaining(['Where', 'Meaning', 'What to do', 'Body']));
        expect(entry.body, entry.id).not.toBeNull();
      }
      await page.screenshot({ path: shot(`${api.name}-errors.png`) });
    });
  });
});

describe.each(apis)('the $name changelog', (api) => {
  it('lists every version released in the history of the snapshot, newest first, with its date', { timeout: 60_000 }, async () => {
    const released = await releasedVersions(api.snapshot);
    await onPage(`${api.name}/changelog.html`, WIDE, async (page) => {
      const listed = await page.locator('section.release').evaluateAll((sections) =>
        sections.map((section) => ({ version: section.id.slice(1), date: section.querySelector('time')?.getAttribute('datetime') })),
      );
      expect(listed).toEqual([...released].reverse());
      // An API never released (a new one) says so instead of listing nothing.
      if (released.length === 0) expect(await page.locator('.intro').textContent()).toContain('No version has been released yet.');
      await page.screenshot({ path: shot(`${api.name}-changelog.png`), fullPage: true });
    });
  });
});

describe('every page', () => {
  it('loads offline, fits a 390 × 844 screen (no element wider than the viewport) and has no maintainer wording', { timeout: 90_000 }, async () => {
    expect(pages.length).toBe(1 + 3 * apis.length);
    for (const path of pages) {
      await onPage(
        path,
        NARROW,
        async (page) => {
          const lines = (await page.locator('body').innerText()).split('\n');
          expect(lines.filter((line) => MAINTAINER_WORDING.test(line)), path).toEqual([]);
          await page.screenshot({ path: shot(`narrow-${path.replace(/[\\/]/g, '-').replace(/\.html$/, '')}.png`) });
          expect(await elementsWiderThanViewport(page), path).toEqual([]);
        },
        'networkidle',
      );
    }
  });

  it('is sent compressed by the docs server, and decompresses to the built file', async () => {
    for (const encoding of ['br', 'gzip']) {
      const response = await fetch(`${server.url}${apis[0]!.name}/index.html`, { headers: { 'Accept-Encoding': encoding } });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(await response.text()).toContain(`<h1>${readBundle(apis[0]!).info.title}</h1>`);
    }
  });
});
