// <api>/changelog.html: each released version with its date and what changed
// since the one before, as the breaking-change gate rated it: breaking
// changes first and marked, then additions, then other changes. Reworded
// descriptions are counted, not listed: they change no request or answer.
import type { Change } from '../gate/changes.ts';
import { html, type Html } from './html.ts';
import { pageHtml, navGroup } from './layout.ts';
import type { Release } from './release-history.ts';

/** Keywords whose change only rewords documentation. */
const WORDING = new Set(['description', 'summary', 'title']);

export function changelogPageHtml(api: { title: string; version: string }, releases: Release[]): string {
  const nav = navGroup(
    'Releases',
    releases.map((release) => html`<a href="#${versionAnchor(release.version)}">${release.version}</a>`),
  );
  const content = html`<section class="prose intro">
<h1>${api.title}: changelog</h1>
<p>Every released version, newest first. A change marked <span class="badge breaking">breaking</span> can stop a working integration: read it before you upgrade. The others add to the API or change details that existing calls do not depend on.</p>
${releases.length === 0 ? html`<p>No version has been released yet.</p>` : ''}
</section>
${releases.map(releaseSection)}`;
  return pageHtml({ title: `Changelog · ${api.title}`, root: '../', api: { ...api, page: 'changelog.html' }, nav, content });
}

function versionAnchor(version: string): string {
  return `v${version}`;
}

function releaseSection(release: Release): Html {
  const changes = release.changes ?? [];
  const breaking = changes.filter((change) => change.impact === 'major');
  const added = changes.filter((change) => change.impact === 'minor');
  const reworded = changes.filter((change) => change.impact === 'patch' && change.property !== undefined && WORDING.has(change.property));
  const other = changes.filter((change) => change.impact === 'patch' && !reworded.includes(change) && change.property !== 'version');
  return html`<section class="release prose" id="${versionAnchor(release.version)}">
<h2>${release.version} ${breaking.length > 0 ? html`<span class="badge breaking">breaking</span>` : ''}</h2>
<p class="date">${release.date ? html`Released <time datetime="${release.date}">${release.date}</time>` : 'Released, not yet committed'}</p>
${
  release.changes === undefined
    ? html`<p>First release.</p>`
    : html`${changeList('Breaking changes', breaking, true)}${changeList('Added', added)}${changeList('Changed', other)}${
        reworded.length > 0 ? html`<p>Descriptions reworded in ${reworded.length} place${reworded.length === 1 ? '' : 's'}.</p>` : ''
      }${changes.every((change) => change.property === 'version') ? html`<p>No change besides the version number.</p>` : ''}`
}
</section>`;
}

function changeList(title: string, changes: Change[], breaking = false): Html {
  if (changes.length === 0) return html``;
  return html`<h3>${title}</h3><ul class="${breaking ? 'changes breaking' : 'changes'}">${changes.map(
    (change) => html`<li>${breaking ? html`<span class="badge breaking">breaking</span> ` : ''}<span class="where">${where(change.path)}</span>: ${what(change)}</li>`,
  )}</ul>`;
}

/** What happened, in words: the rule's message when a rule rated it, else the change and its values. */
function what(change: Change): string {
  if (change.message) return change.message;
  if (change.kind === 'added') return 'added';
  if (change.kind === 'removed') return 'removed';
  if (change.property) return `${change.property} ${shownValue(change.before)} → ${shownValue(change.after)}`;
  return change.kind;
}

function shownValue(value: unknown): string {
  if (value === undefined) return 'none';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** `POST /bookings/ · request body field guest_email`: a JSON path in the bundle, as a reader names the place. */
export function where(path: string[]): string {
  const [root, ...rest] = path;
  if (root === 'info') return 'API description';
  if (root === 'x-error-catalog') return rest[0] === 'codes' && rest[1] ? `error code ${rest[1]}` : 'error codes';
  if (root === 'paths' && rest.length >= 2) return [`${rest[1]!.toUpperCase()} ${rest[0]}`, ...describe(rest.slice(2))].join(' · ');
  if (root === 'paths' && rest.length === 1) return `path ${rest[0]}`;
  if (root === 'components' && rest.length >= 2) return [`${rest[0]} ${rest[1]}`, ...describe(rest.slice(2))].join(' · ');
  return path.join('/') || 'the whole description';
}

function describe(segments: string[]): string[] {
  const parts: string[] = [];
  const fields: string[] = [];
  const flushField = () => {
    if (fields.length > 0) parts.push(`field ${fields.join('.')}`);
    fields.length = 0;
  };
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const next = segments[index + 1];
    if (segment === 'requestBody') parts.push('request body');
    else if (segment === 'responses' && next) (parts.push(`response ${next}`), index++);
    else if (segment === 'parameters' && next) (parts.push('parameter'), index++);
    else if (segment === 'headers' && next) (flushField(), parts.push(`header ${next}`), index++);
    else if (segment === 'examples' && next) (flushField(), parts.push(`example ${next}`), index++);
    else if (segment === 'properties' && next) (fields.push(next), index++);
    else if (segment === 'items') fields.push('[]');
    else if (['content', 'oneOf', 'anyOf', 'allOf'].includes(segment)) index++;
  }
  flushField();
  return parts.map((part) => part.replace(/\.\[\]/g, '[]'));
}
