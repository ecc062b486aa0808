// dist/docs/index.html: one card per API with its reference and its spec.
// Plain HTML with inline CSS and system fonts, so it works offline and from
// any static host, under any path (all links are relative).

export interface LandingEntry {
  name: string;
  title: string;
  version: string;
  summary?: string;
  operations: number;
  errorCodes: number;
}

export const LANDING_TITLE = 'Booking API reference';

export function landingPageHtml(entries: LandingEntry[]): string {
  const cards = entries.map(card).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${LANDING_TITLE}</title>
  <link rel="icon" href="data:,">
  <style>
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; }
    main { max-width: 46rem; margin: 0 auto; padding: 3rem 1.5rem; }
    h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
    .lead { color: #57606a; margin: 0 0 2rem; }
    .api { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 1.25rem 1.5rem; margin-bottom: 1rem; }
    .api h2 { font-size: 1.25rem; margin: 0 0 .25rem; }
    .api h2 a { color: #0969da; text-decoration: none; }
    .api h2 a:hover { text-decoration: underline; }
    .version { font-size: .85rem; color: #57606a; font-weight: normal; margin-left: .5rem; }
    .api p { margin: .5rem 0; }
    .facts { color: #57606a; font-size: .9rem; }
    .links a { margin-right: 1.25rem; }
  </style>
</head>
<body>
<main>
  <h1>${LANDING_TITLE}</h1>
  <p class="lead">Reference documentation generated from the OpenAPI contracts, with each API's error codes and code samples.</p>
${cards}
</main>
</body>
</html>
`;
}

function card(entry: LandingEntry): string {
  const reference = `${encodeURIComponent(entry.name)}/index.html`;
  const spec = `${encodeURIComponent(entry.name)}/openapi.json`;
  return `  <section class="api" data-api="${escape(entry.name)}">
    <h2><a href="${reference}">${escape(entry.title)}</a><span class="version">v${escape(entry.version)}</span></h2>
    ${entry.summary ? `<p>${escape(entry.summary)}</p>` : ''}
    <p class="facts">${entry.operations} operations · ${entry.errorCodes} documented error codes</p>
    <p class="links"><a href="${reference}">Read the reference</a><a href="${spec}" download="${escape(entry.name)}-openapi.json">Download the spec (OpenAPI JSON)</a></p>
  </section>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
