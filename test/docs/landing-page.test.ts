import { describe, expect, it } from 'vitest';
import { landingPageHtml } from '../../tools/docs/landing-page.ts';

describe('the landing page', () => {
  const html = landingPageHtml(
    [
      { name: 'campone', title: 'CampOne <Public> API', version: '1.0.0', summary: 'Sites & bookings.', operations: 5, errorCodes: 4, released: '2026-11-22', firstRequest: "curl 'http://127.0.0.1:4020/x/'" },
      { name: 'other', title: 'Other API', version: '2.1.0', operations: 1, errorCodes: 1, firstRequest: 'curl http://127.0.0.1:4021/y' },
    ],
    { install: 'npm pack', sandboxCommand: 'npm run sandbox' },
  );

  it('has one card per API with its version, summary, first request and links to its four pages and its spec, all relative', () => {
    expect(html).toContain('<article class="card" data-api="campone">');
    expect(html).toContain('<a href="campone/index.html">CampOne &lt;Public&gt; API</a> <span class="version">v1.0.0</span>');
    expect(html).toContain('Sites &amp; bookings.');
    expect(html).toContain('5 operations · 4 documented errors · released 2026-11-22');
    expect(html).toContain('<code>curl &#39;http://127.0.0.1:4020/x/&#39;</code>');
    for (const link of ['campone/index.html', 'campone/index.html#quickstart', 'campone/errors.html', 'campone/changelog.html']) expect(html).toContain(`<a href="${link}">`);
    expect(html).toContain('href="other/openapi.json" download="other-openapi.json"');
  });

  it('shows how to install the client and start the sandbox', () => {
    expect(html).toMatch(/<code>npm pack\n# in the clone: the sandbox\nnpm run sandbox<\/code>/);
  });

  it('loads nothing but its own stylesheet and script, by relative URL', () => {
    const loaded = [...html.matchAll(/<(?:link|script|img)\b[^>]*?(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
    expect(loaded).toEqual(['data:,', 'assets/docs.css', 'assets/docs.js']);
    expect(html).not.toMatch(/(?:src|href)="(?:[a-z]+:\/\/|\/)/);
  });
});
