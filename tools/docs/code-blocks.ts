// Code as the pages show it: a block a reader can copy exactly as written
// (the copy button comes from assets/docs.js), JSON bodies pretty-printed,
// and sets of the same request in several languages, shown as tabs.
import { html, type Html } from './html.ts';

export interface Sample {
  /** The tab label, e.g. `curl` or `TypeScript`. */
  label: string;
  source: string;
}

/** A copyable block of code. */
export function codeBlock(source: string, language?: string): Html {
  return html`<pre class="code"${language ? html` data-language="${language}"` : ''}><code>${source}</code></pre>`;
}

export function jsonBlock(value: unknown): Html {
  return codeBlock(JSON.stringify(value, null, 2), 'json');
}

/** The same request in several languages: tabs with script, one after the other without. */
export function sampleSet(samples: Sample[]): Html {
  return html`<div class="sample-set">${samples.map(
    (sample) => html`<figure class="sample" data-label="${sample.label}"><figcaption>${sample.label}</figcaption>${codeBlock(sample.source, sample.label.toLowerCase())}</figure>`,
  )}</div>`;
}
