// The frame every docs page shares: head, top bar with the API's pages, a
// sidebar that folds away on a narrow screen (a checkbox, so it works without
// script), and the page's own content. Links are relative, so the docs work
// under any path and from disk.
import { html, type Html } from './html.ts';

export const SITE_TITLE = 'Booking API reference';

/** The pages each API has, in the order the top bar lists them. */
export const API_PAGES = [
  { file: 'index.html', label: 'Reference' },
  { file: 'errors.html', label: 'Errors' },
  { file: 'changelog.html', label: 'Changelog' },
] as const;

export type ApiPage = (typeof API_PAGES)[number]['file'];

export interface PageFrame {
  /** The document title. */
  title: string;
  /** From this page to the docs root: `''` for the landing page, `'../'` for an API's pages. */
  root: string;
  /** The API this page belongs to, and which of its pages it is. */
  api?: { title: string; version: string; page: ApiPage };
  /** Sidebar content; without it the page has none. */
  nav?: Html;
  /** A `<main>` class, e.g. `panels` for the three-panel reference. */
  mainClass?: string;
  content: Html;
}

export function pageHtml(frame: PageFrame): string {
  const { root, api } = frame;
  const tabs = api
    ? html`<nav class="tabs" aria-label="${api.title}">${API_PAGES.map(
        ({ file, label }) => html`<a href="${file}"${file === api.page ? html` aria-current="page"` : ''}>${label}</a>`,
      )}<a href="openapi.json" download>OpenAPI</a></nav>`
    : '';
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}assets/docs.css">
<script src="${root}assets/docs.js" defer></script>
</head>
<body>
<header class="topbar">
<a class="home" href="${root}index.html">${SITE_TITLE}</a>
${api ? html`<span class="api-name">${api.title} <span class="version">v${api.version}</span></span>` : ''}
${tabs}
</header>
<div class="${frame.nav ? 'layout' : 'layout single'}">
${
  frame.nav
    ? html`<input type="checkbox" id="nav-toggle" class="nav-toggle">
<label for="nav-toggle" class="nav-label">Contents</label>
<nav class="sidebar" aria-label="Contents">${frame.nav}</nav>`
    : ''
}
<main class="${frame.mainClass ?? ''}">
${frame.content}
</main>
</div>
</body>
</html>
`.value;
}

/** A sidebar group: a heading and its links. */
export function navGroup(title: string, links: Html[]): Html {
  return html`<div class="nav-group"><p class="nav-title">${title}</p><ul>${links.map((link) => html`<li>${link}</li>`)}</ul></div>`;
}
