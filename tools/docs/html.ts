// HTML from template literals: every interpolated value is escaped (by
// escape-html) unless it is already `Html`, so text from a contract can never
// become markup. A template engine would add a second syntax for the same
// dozen small templates; this keeps them plain TypeScript, type-checked.
import escapeHtml from 'escape-html';

/** Markup that is already safe: interpolated as it is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | boolean | null | undefined | Part[];

/** `html\`<p>${text}</p>\``: strings and numbers escaped, `Html` kept, arrays joined, null/undefined/false dropped. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1]!;
  });
  return new Html(out);
}

/** Markup produced elsewhere (the Markdown renderer, JSON we format): trusted as it is. */
export function raw(markup: string): Html {
  return new Html(markup);
}

export { escapeHtml };

function render(value: Part): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** An id usable in a URL fragment: `Rate limits` → `rate-limits`. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
}
