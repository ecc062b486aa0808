// One self-contained Redoc reference page per API, from `redocly build-docs`.
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { projectRoot } from '../../model/registry.js';
import { problemLine, tool } from '../cli/tool.ts';

const TEMPLATE = fileURLToPath(new URL('./redoc-page.hbs', import.meta.url));

/**
 * Stacked by default: in three-panel layout the error table gets a third of
 * the page and becomes unreadable. Samples then follow each request. Options
 * under `openapi:` in redocly.yaml (top level, then the API's entry) win.
 */
const REDOC_DEFAULTS = { layout: 'stacked' };

/**
 * Redoc 3 shows an "API docs by Redocly" logo that it loads from its CDN even
 * with --inlineBundle. The page must make no request outside the docs, so the
 * logo becomes an inline image with the same attribution.
 */
const CDN_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" font-weight="600" fill="#0044d4">Redocly</text></svg>',
)}`;

export interface SampleLanguage {
  lang: string;
  label: string;
}

/**
 * `languages`: the labels of the spec's x-codeSamples. Redoc only shows the
 * samples of languages it is told about, and its default list has no TypeScript.
 */
export async function buildRedocPage(apiName: string, specPath: string, outputHtml: string, languages: SampleLanguage[]): Promise<void> {
  const options = JSON.stringify({ codeSamples: { languages }, ...redocOptions(apiName) });
  const result = await tool('redocly', ['build-docs', specPath, '--inlineBundle', '--template', TEMPLATE, '--openapi', options, '--output', outputHtml], {
    // Off: the CLI's usage report and, through the page's options, Redoc's
    // in-browser telemetry, which would call a Redocly server from the docs.
    env: { REDOCLY_TELEMETRY: 'off' },
  });
  if (result.exitCode !== 0) throw new Error(`redocly build-docs failed: ${problemLine(String(result.all ?? ''), `exit code ${result.exitCode}`)}`);
  const html = await readFile(outputHtml, 'utf8');
  await writeFile(outputHtml, hashLinks(html.replace(CDN_LOGO, INLINE_LOGO)));
}

/**
 * Redoc routes by hash (`#/section/...`) but prerenders its links for the
 * host root (`/section/...`) and keeps them after loading. Opened in a new
 * tab, or from a docs folder below the root, those would leave the docs, so
 * the prerendered markup gets the hash form the page itself navigates to.
 */
function hashLinks(html: string): string {
  const start = html.indexOf('<div id="redoc">');
  const end = html.indexOf('<script type="module">', start);
  if (start < 0 || end < 0) return html;
  return html.slice(0, start) + html.slice(start, end).replace(/ href="\/(?!\/)/g, ' href="#/') + html.slice(end);
}

/** --openapi replaces redocly.yaml's options rather than adding to them, so they are merged here. */
function redocOptions(apiName: string): Record<string, unknown> {
  const config = parse(readFileSync(join(projectRoot, 'redocly.yaml'), 'utf8')) ?? {};
  return { ...REDOC_DEFAULTS, ...config.openapi, ...config.apis?.[apiName]?.openapi };
}
