// `npm run bench:docs`: the weight of every docs page, built by the code
// behind `npm run docs` into a scratch folder. A page's weight is its HTML
// plus every file it loads (stylesheets, scripts, images named by `src` or a
// `<link href>`), each gzipped at level 9, and, beside it, the bytes the docs
// server of `npm start` actually sends for them (Accept-Encoding: br, gzip).
// A file two pages share counts for each page, as a first visit pays for it.
import { readFile, readdir, mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import getPort from 'get-port';
import { buildDocs } from '../tools/docs/build.ts';
import { serveStatic } from '../tools/docs/static-server.ts';

/** Files a page loads by itself: `<script src>`, `<img src>`, `<link href>` (not `<a href>`, which a reader follows). */
const LOADED = /<(?:script|img|link|source)\b[^>]*?\s(?:src|href)="([^"]+)"/g;

const site = await mkdtemp(join(tmpdir(), 'docs-weight-'));
try {
  await buildDocs(site);
  const server = await serveStatic(site, { port: await getPort() });
  try {
    const pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
    console.log('| page | files | raw | gzip -9 | sent by `npm start` |');
    console.log('|---|---:|---:|---:|---:|');
    for (const page of pages) {
      const files = [page, ...(await assetsOf(site, page))];
      let raw = 0;
      let gzip = 0;
      let sent = 0;
      for (const file of files) {
        const content = await readFile(join(site, file));
        raw += content.length;
        gzip += gzipSync(content, { level: 9 }).length;
        sent += await bytesSent(new URL(file.split('\\').join('/'), server.url).href);
      }
      console.log(`| ${page} | ${files.length} | ${kb(raw)} | ${kb(gzip)} | ${kb(sent)} |`);
    }
  } finally {
    await server.close();
  }
} finally {
  await rm(site, { recursive: true, force: true });
}

/** The local files a page loads, relative to the site; a data: URL or a fragment is not a file. */
async function assetsOf(site: string, page: string): Promise<string[]> {
  const html = await readFile(join(site, page), 'utf8');
  const found = new Set<string>();
  for (const [, url] of html.matchAll(LOADED)) {
    if (/^(?:[a-z]+:|#|\/\/)/i.test(url!)) continue;
    found.add(relative(site, resolve(dirname(join(site, page)), url!.split(/[?#]/)[0]!)));
  }
  return [...found];
}

/** Bytes of the body as sent on the wire, compressed or not. */
function bytesSent(url: string): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    request(url, { headers: { 'Accept-Encoding': 'br, gzip' } }, (response) => {
      let bytes = 0;
      if (response.statusCode !== 200) reject(new Error(`${url}: HTTP ${response.statusCode}`));
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolvePromise(bytes));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
