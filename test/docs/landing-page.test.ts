import { describe, expect, it } from 'vitest';
import { landingPageHtml } from '../../tools/docs/landing-page.ts';

describe('the landing page', () => {
  const html = landingPageHtml([
    { name: 'campone', title: 'CampOne <Public> API', version: '1.0.0', summary: 'Sites & bookings.', operations: 5, errorCodes: 4 },
    { name: 'other', title: 'Other API', version: '2.1.0', operations: 1, errorCodes: 1 },
  ]);

  it('links each reference and spec relatively, so it works below any path and from disk', () => {
    expect(html).toContain('<a href="campone/index.html">CampOne &#60;Public&#62; API</a>');
    expect(html).toContain('href="other/openapi.json" download="other-openapi.json"');
    expect(html).toContain('Sites &#38; bookings.');
  });

  it('loads nothing: no URL with a scheme or a root-relative path', () => {
    expect(html.match(/(?:src|href)="(?!data:)[^"]*"/g)?.filter((attribute) => /="(?:[a-z]+:|\/)/.test(attribute))).toEqual([]);
    expect(html).not.toMatch(/@import|url\(|<script/);
  });
});
