// Markdown from the contract (descriptions, the guide in description.md) as
// HTML, through `marked`. Raw HTML in a description is shown as text, never
// passed through: the pages run no markup they did not write themselves.
import { Marked, type Token, type Tokens } from 'marked';
import { escapeHtml, raw, type Html } from './html.ts';

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
  },
});

/** Block Markdown (paragraphs, lists, tables) as HTML. */
export function markdown(text: string | undefined): Html {
  return raw(text ? (marked.parse(text) as string) : '');
}

/** One line of Markdown (a summary, a field description) without the paragraph around it. */
export function inlineMarkdown(text: string | undefined): Html {
  return raw(text ? (marked.parseInline(text) as string) : '');
}

export interface MarkdownSection {
  title: string;
  /** The section's Markdown, without its heading. */
  body: string;
}

/**
 * A Markdown document split at its `##` headings: what comes before the
 * first one, then each section. The guide in an API's description becomes
 * the sidebar's sections this way.
 */
export function splitSections(text: string): { intro: string; sections: MarkdownSection[] } {
  let intro = '';
  const sections: MarkdownSection[] = [];
  for (const token of marked.lexer(text) as Token[]) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) sections.push({ title: (token as Tokens.Heading).text, body: '' });
    else if (sections.length > 0) sections.at(-1)!.body += token.raw;
    else intro += token.raw;
  }
  return { intro: intro.trim(), sections: sections.map((section) => ({ ...section, body: section.body.trim() })) };
}
