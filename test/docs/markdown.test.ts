import { describe, expect, it } from 'vitest';
import { html, raw } from '../../tools/docs/html.ts';
import { inlineMarkdown, markdown, splitSections } from '../../tools/docs/markdown.ts';

describe('HTML from templates', () => {
  it('escapes every interpolated string and keeps markup that is already HTML', () => {
    expect(html`<p title="${'a"b'}">${'<b>&'}${raw('<i>x</i>')}${[1, ' ', false, null]}</p>`.value).toBe('<p title="a&quot;b">&lt;b&gt;&amp;<i>x</i>1 </p>');
  });
});

describe('Markdown from the contract', () => {
  it('renders Markdown but shows raw HTML as text, so a description cannot add markup or script', () => {
    expect(markdown('A **bold** `code` <script>alert(1)</script>').value).toBe('<p>A <strong>bold</strong> <code>code</code> &lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    expect(inlineMarkdown('<img src=x onerror=alert(1)> and *more*').value).toBe('&lt;img src=x onerror=alert(1)&gt; and <em>more</em>');
  });

  it('splits a guide at its second-level headings, keeping what comes before as the intro', () => {
    const { intro, sections } = splitSections('Intro line.\n\n## Authentication\n\nSend a key.\n\n### Detail\n\nMore.\n\n## Rate limits\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(intro).toBe('Intro line.');
    expect(sections.map((section) => section.title)).toEqual(['Authentication', 'Rate limits']);
    expect(sections[0]!.body).toBe('Send a key.\n\n### Detail\n\nMore.');
    expect(markdown(sections[1]!.body).value).toContain('<table>');
  });
});
