// Chromium for the docs browser test: Debian's package driven by
// playwright-core (never a downloaded browser), and a page wrapper that
// records every request, failure and console error while the test runs.
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The network cut off: no host but this machine resolves. Unlike request
  // interception, this leaves the favicon request visible to the test server.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export function launchChromium(): Promise<Browser> {
  const executablePath = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser || true'], { encoding: 'utf8' }).trim();
  if (!executablePath) throw new Error('Chromium is not installed: apt-get install -y chromium (.ci/run does this on CI)');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  /** Everything that went wrong so far: requests outside the docs, failed requests, console errors. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * The one browser context the pages of a test file open in. The docs keep
 * nothing in the browser (no storage, no cookies, no service worker), so a
 * page cannot change what another one shows; a context per page cost a new
 * set of renderer processes each time.
 */
export function docsContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ serviceWorkers: 'block' });
}

/**
 * A fresh page of `context` at `viewport` that records every request outside `docsUrl`.
 * Another host cannot be reached (see CHROMIUM_ARGS); the docs' own host
 * answers 404 outside the docs, which its server can report (the browser does
 * not show favicon requests to the page). In-memory `data:` and same-origin
 * `blob:` URLs are not requests to anywhere.
 */
export async function openWatchedPage(context: BrowserContext, docsUrl: string, viewport = { width: 1280, height: 900 }): Promise<WatchedPage> {
  const origin = new URL(docsUrl).origin;
  const inside = (url: string) => url.startsWith(docsUrl) || url.startsWith('data:') || url.startsWith(`blob:${origin}/`);
  const problems: string[] = [];
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('request', (request) => {
    if (!inside(request.url())) problems.push(`request outside the docs: ${request.method()} ${request.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems, close: () => page.close() };
}

/** Links into this host that leave the docs: they work only when the docs sit at the host's root. */
export async function linksLeavingDocs(page: Page, docsUrl: string): Promise<string[]> {
  const origin = new URL(docsUrl).origin;
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return [...new Set(hrefs.filter((href) => href.startsWith(`${origin}/`) && !href.startsWith(docsUrl)))];
}

/**
 * Elements that stick out of the viewport sideways, after opening everything
 * that folds (details, the contents toggle) so that hidden content is
 * measured too. Each as `tag.class` and how far it reaches.
 */
export async function elementsWiderThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const toggle = document.querySelector<HTMLInputElement>('#nav-toggle');
    if (toggle) toggle.checked = true;
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
    });
    const page = document.documentElement.scrollWidth > width ? [`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`] : [];
    return [...page, ...wide.map((element) => `${element.tagName.toLowerCase()}.${element.className} reaches ${Math.round(element.getBoundingClientRect().right)}px`)];
  });
}
