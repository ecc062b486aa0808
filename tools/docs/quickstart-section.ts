// The quickstart as the reference page shows it: the steps on the left, the
// commands and the answers to expect on the right. `data-quickstart`
// attributes mark the blocks the browser test runs and compares.
import { codeBlock, jsonBlock, sampleSet } from './code-blocks.ts';
import { statusAnchor } from './error-reference.ts';
import { html, type Html } from './html.ts';
import { inlineMarkdown } from './markdown.ts';
import { operationAnchor, operationName } from './operation-names.ts';
import type { Quickstart } from './quickstart.ts';

export interface QuickstartContext {
  title: string;
  apiName: string;
  /** The commands that install the client package. */
  install: string;
}

export function quickstartSection(start: Quickstart, context: QuickstartContext): Html {
  const { server, operation, error } = start;
  const startStep =
    server.kind === 'sandbox'
      ? html`<li><p><strong>Start the sandbox</strong> in the clone: <code>${server.command}</code>. It serves ${context.title} at <code>${server.baseUrl}</code> with demo data of the tenant “${server.tenant ?? ''}”, whose key <code>${server.key.value}</code> the samples use. No sandbox at hand? <code>npm run mock -- --api ${context.apiName} --port ${String(server.port)}</code> answers on the same address with the examples of this reference, whatever the key.</p></li>`
      : html`<li><p><strong>Start the mock</strong> in the clone: <code>${server.command}</code>. ${context.title} has no sandbox yet; its mock answers at <code>${server.baseUrl}</code> with the examples of this reference, whatever the key.</p></li>`;
  const errorStep =
    server.kind === 'sandbox'
      ? html`the same request with the tenant's revoked key is refused with <code>${error.status}</code> and one of the codes below.`
      : html`ask the mock for the refusal of a bad key (the <code>Prefer</code> header picks a documented answer): <code>${error.status}</code> with one of the codes below.`;
  return html`<section class="row" id="quickstart">
<div class="text prose">
<h2>Quickstart</h2>
<ol class="steps">
<li><p><strong>Install the client</strong> (for TypeScript). It is built from this repository; the commands on the right make a package file and add it to your project.</p></li>
${startStep}
<li><p><strong>Send a request</strong>: <a href="#${operationAnchor(operation)}">${operationName(operation)}</a>, in curl or with the client. It answers <code>${start.expected.status}</code> with the body shown.</p></li>
<li><p><strong>See an error</strong>: ${errorStep} Every error is listed in the <a href="errors.html#${statusAnchor(error.status)}">error reference</a>, with what to do about it.</p>
<ul>${error.codes.map((row) => html`<li><a href="errors.html#${row.code}"><code>${row.code}</code></a>: ${inlineMarkdown(row.meaning)}</li>`)}</ul></li>
</ol>
</div>
<aside class="samples" aria-label="Quickstart commands">
<h4>1. Install the client</h4>
${codeBlock(context.install, 'shell')}
<h4>2. Start the ${server.kind}</h4>
${codeBlock(server.command, 'shell')}
<h4>3. Send a request</h4>
<div data-quickstart="request">${sampleSet([
    { label: 'curl', source: start.shell },
    { label: 'TypeScript', source: start.typescript },
  ])}</div>
<figure class="response-sample" data-quickstart="answer" data-status="${start.expected.status}"><figcaption><span class="status ok">${start.expected.status}</span> The answer</figcaption>${jsonBlock(start.expected.body)}</figure>
<h4>4. See an error</h4>
<div data-quickstart="error">${codeBlock(error.shell, 'shell')}</div>
${error.codes.map((row) => html`<figure class="response-sample"><figcaption><span class="status err">${row.status}</span> <code>${row.code}</code></figcaption>${jsonBlock(row.example)}</figure>`)}
</aside>
</section>`;
}
