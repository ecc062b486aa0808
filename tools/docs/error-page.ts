// <api>/errors.html: the error reference. One section per error status, with
// the responses that carry it and an entry for each catalog code at that
// status (its own anchor, `#<code>`, which every operation's error responses
// link to). Cards and definition lists rather than a wide table, so it reads
// at phone width.
import type { Catalog } from '../../model/catalog.js';
import type { Spec } from '../../model/spec.js';
import { jsonBlock } from './code-blocks.ts';
import { errorReference, statusAnchor, type ErrorRow, type StatusGroup, type StatusResponse } from './error-reference.ts';
import { html, type Html } from './html.ts';
import { pageHtml, navGroup } from './layout.ts';
import { inlineMarkdown, markdown } from './markdown.ts';
import { operationAnchor, operationName } from './operation-names.ts';

const RETRY_WORDS = {
  no: 'Do not send it again unchanged: it fails the same way.',
  'after-waiting': 'Send it again once the wait the response names has passed.',
  'with-backoff': 'Send it again later, waiting longer after each failure.',
} as const;

export function errorPageHtml(spec: Spec, catalog: Catalog): string {
  const groups = errorReference(spec, catalog);
  const title = spec.info.title;
  const nav = html`${navGroup(
    'Statuses',
    groups.map((group) => html`<a href="#${statusAnchor(group.status)}">${statusTitle(group)}</a>`),
  )}${navGroup(
    'Error codes',
    groups.flatMap((group) => group.codes.map((row) => html`<a href="#${row.code}"><code>${row.code}</code></a>`)),
  )}`;
  const content = html`<section class="prose intro">
<h1>${title}: errors</h1>
${intro(catalog)}
</section>
${groups.map((group) => statusSection(group, catalog))}`;
  return pageHtml({ title: `Errors · ${title}`, root: '../', api: { title, version: spec.info.version, page: 'errors.html' }, nav, content });
}

/** How a reader recognises a documented error in a body. */
function intro(catalog: Catalog): Html {
  const field = html`<code>${catalog.codeField.replace(/^\//, '').replace(/\//g, '.')}</code>`;
  const byMessage = Object.values(catalog.codes).some((entry) => entry.message !== undefined);
  return html`<p>Every error comes back as JSON. ${
    byMessage
      ? html`The API sends no machine code: each documented error below is recognised by the exact text of ${field} in its body, at its status.`
      : html`Each documented error below is recognised by the code in ${field}, at its status.`
  } Check the status first; within it, match the value shown here. Any other value is a message for people, which may be reworded: show it or log it, but do not branch on it.</p>
<p>Each entry says where the error can occur, what it means, what to do about it and which body to expect.</p>`;
}

function statusSection(group: StatusGroup, catalog: Catalog): Html {
  return html`<section class="status-group" id="${statusAnchor(group.status)}">
<h2>${statusTitle(group)}</h2>
${group.responses.map(responseCard)}
${group.codes.map((row) => codeEntry(row, catalog))}
</section>`;
}

function responseCard(response: StatusResponse): Html {
  return html`<div class="response-card">
${markdown(response.description)}
<p class="where">Answered by ${operationLinks(response.operations)}.</p>
${
  response.headers.length > 0
    ? html`<dl class="headers">${response.headers.map((header) => html`<dt><code>${header.name}</code></dt><dd>${inlineMarkdown(header.description)}</dd>`)}</dl>`
    : ''
}
${response.examples.map(
  (example) => html`<details class="example"><summary>Example: ${example.summary ?? example.name}</summary>${jsonBlock(example.value)}</details>`,
)}
</div>`;
}

function codeEntry(row: ErrorRow, catalog: Catalog): Html {
  return html`<article class="error-code" id="${row.code}">
<h3><code>${row.code}</code> <span class="status">${row.status}</span></h3>
<dl>
${row.message !== undefined ? html`<dt>${catalog.codeField.replace(/^\//, '')}</dt><dd><code>${row.message}</code></dd>` : ''}
<dt>Where</dt><dd>${row.operations.length === 0 ? 'Every operation' : operationLinks(row.operations)}</dd>
<dt>Meaning</dt><dd>${inlineMarkdown(row.meaning)}</dd>
${row.retry || row.action ? html`<dt>What to do</dt><dd>${row.retry ? html`<strong>${RETRY_WORDS[row.retry]}</strong> ` : ''}${inlineMarkdown(row.action)}</dd>` : ''}
<dt>Body</dt><dd>${jsonBlock(row.example)}</dd>
</dl>
</article>`;
}

function statusTitle(group: StatusGroup): string {
  return group.reason ? `${group.status} ${group.reason}` : group.status === 'default' ? 'Any other status' : group.status;
}

function operationLinks(operations: { id: string; node: { summary?: string } }[]): Html {
  return html`${operations.map((operation, index) => html`${index > 0 ? ', ' : ''}<a href="index.html#${operationAnchor(operation)}">${operationName(operation)}</a>`)}`;
}
