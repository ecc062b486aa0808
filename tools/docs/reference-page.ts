// <api>/index.html: the reference. Wide screens get three panels (contents,
// operation, samples), narrow ones one column with the samples under each
// operation. The sidebar lists the operations by tag, then the guide's
// sections (the `##` headings of the API's description), then the API's
// other pages.
//
// Rendered here from the model rather than by Redoc: Redoc's own bundle alone
// weighs 650 kB gzipped, more than the whole page may (bench/README.md), and
// its layout does not fit the error reference into a phone's width.
import type { Catalog } from '../../model/catalog.js';
import { operationsOf, type Operation, type Spec } from '../../model/spec.js';
import type { Sample } from './code-blocks.ts';
import { html, slug, type Html } from './html.ts';
import { pageHtml, navGroup } from './layout.ts';
import { markdown, splitSections } from './markdown.ts';
import { operationAnchor, operationName } from './operation-names.ts';
import { operationSection } from './operation-section.ts';
import type { Quickstart } from './quickstart.ts';
import { quickstartSection, type QuickstartContext } from './quickstart-section.ts';

/** Put this line in an API's description to list its documented error codes there. */
export const ERROR_LIST_MARKER = '<!-- x-error-catalog -->';

export interface ReferenceInput {
  spec: Spec;
  catalog: Catalog;
  samples: (operation: Operation) => Sample[];
  quickstart: Quickstart;
  quickstartContext: QuickstartContext;
  /** Where the samples send requests, and where the API itself lives. */
  servers: { label: string; url: string }[];
}

export function referencePageHtml(input: ReferenceInput): string {
  const { spec, catalog } = input;
  const { intro, sections } = splitSections(withErrorList(spec.info.description ?? '', catalog));
  const guide = sections.map((section) => ({ ...section, id: slug(section.title) }));
  const tags = tagGroups(spec);
  const nav = html`${navGroup('Get started', [html`<a href="#introduction">Introduction</a>`, html`<a href="#quickstart">Quickstart</a>`])}${tags.map((tag) =>
    navGroup(
      tag.name,
      tag.operations.map((operation) => html`<a href="#${operationAnchor(operation)}"><span class="method ${operation.method}">${operation.method.toUpperCase()}</span> ${operationName(operation)}</a>`),
    ),
  )}${navGroup(
    'Guide',
    guide.map((section) => html`<a href="#${section.id}">${section.title}</a>`),
  )}${navGroup('More', [html`<a href="errors.html">Error reference</a>`, html`<a href="changelog.html">Changelog</a>`, html`<a href="openapi.json" download>OpenAPI description</a>`])}`;

  const content = html`<section class="row" id="introduction">
<div class="text prose">
<h1>${spec.info.title}</h1>
${spec.info.summary ? html`<p class="lead">${spec.info.summary}</p>` : ''}
${markdown(intro)}
</div>
<aside class="samples" aria-label="Base URLs">
<h4>Base URLs</h4>
<dl class="servers">${input.servers.map((server) => html`<dt>${server.label}</dt><dd><code>${server.url}</code></dd>`)}</dl>
</aside>
</section>
${quickstartSection(input.quickstart, input.quickstartContext)}
${tags.map(
  (tag) => html`<section class="row tag" id="tag-${slug(tag.name)}"><div class="text prose"><h2>${tag.name}</h2>${markdown(tag.description)}</div></section>
${tag.operations.map((operation) => operationSection(spec, catalog, operation, input.samples(operation)))}`,
)}
${guide.map((section) => html`<section class="row guide" id="${section.id}"><div class="text prose"><h2>${section.title}</h2>${markdown(section.body)}</div></section>`)}`;

  return pageHtml({
    title: `${spec.info.title} reference`,
    root: '../',
    api: { title: spec.info.title, version: spec.info.version, page: 'index.html' },
    nav,
    mainClass: 'panels',
    content,
  });
}

/** The spec's tags in their order, each with its operations (by first tag); untagged ones last. */
function tagGroups(spec: Spec): { name: string; description?: string; operations: Operation[] }[] {
  const operations = operationsOf(spec);
  const declared: { name: string; description?: string }[] = Array.isArray(spec.tags) ? spec.tags : [];
  const groups = declared.map((tag) => ({ name: tag.name, description: tag.description, operations: [] as Operation[] }));
  for (const operation of operations) {
    const name: string = operation.node.tags?.[0] ?? 'Operations';
    let group = groups.find((candidate) => candidate.name === name);
    if (!group) groups.push((group = { name, description: undefined, operations: [] }));
    group.operations.push(operation);
  }
  return groups.filter((group) => group.operations.length > 0);
}

/** The description with its marker replaced by a list of the documented codes, each linked to its entry. */
function withErrorList(description: string, catalog: Catalog): string {
  const list = Object.entries(catalog.codes)
    .map(([code, entry]) => `- [\`${code}\`](errors.html#${code}) (${entry.status}): ${entry.meaning}`)
    .join('\n');
  return description.replace(ERROR_LIST_MARKER, list);
}
