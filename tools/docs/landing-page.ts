// dist/docs/index.html: how to start (install the client, start the sandbox),
// then one card per API: its version, what it is, a first request to paste,
// and links to its reference, error reference, changelog and quickstart.
import { codeBlock } from './code-blocks.ts';
import { html } from './html.ts';
import { pageHtml, SITE_TITLE } from './layout.ts';

export interface LandingEntry {
  name: string;
  title: string;
  version: string;
  summary?: string;
  operations: number;
  errorCodes: number;
  /** The date of the latest release, when it is committed. */
  released?: string;
  /** The quickstart's first request, ready to paste. */
  firstRequest: string;
}

export interface LandingStart {
  install: string;
  sandboxCommand: string;
}


export function landingPageHtml(entries: LandingEntry[], start: LandingStart): string {
  const content = html`<section class="prose intro landing">
<h1>${SITE_TITLE}</h1>
<p class="lead">References for ${entries.length === 1 ? 'one API' : `${entries.length} APIs`}, each with a quickstart against the local sandbox, every documented error and what to do about it, and the changes of each release.</p>
<h2>Start here</h2>
<p>Install the TypeScript client from this repository, then start the sandbox, which serves every API below with demo data:</p>
${codeBlock(`${start.install}\n# in the clone: the sandbox\n${start.sandboxCommand}`, 'shell')}
</section>
<section class="cards">
${entries.map((entry) => {
  const base = encodeURIComponent(entry.name);
  return html`<article class="card" data-api="${entry.name}">
<h2><a href="${base}/index.html">${entry.title}</a> <span class="version">v${entry.version}</span></h2>
${entry.summary ? html`<p>${entry.summary}</p>` : ''}
<p class="facts">${entry.operations} operations · ${entry.errorCodes} documented errors${entry.released ? html` · released ${entry.released}` : ''}</p>
<p class="first-request">A first request:</p>
${codeBlock(entry.firstRequest, 'shell')}
<p class="links"><a href="${base}/index.html">Reference</a> <a href="${base}/index.html#quickstart">Quickstart</a> <a href="${base}/errors.html">Errors</a> <a href="${base}/changelog.html">Changelog</a> <a href="${base}/openapi.json" download="${entry.name}-openapi.json">OpenAPI</a></p>
</article>`;
})}
</section>`;
  return pageHtml({ title: SITE_TITLE, root: '', content });
}
