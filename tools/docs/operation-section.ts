// One operation on the reference page, as a row of two panels: on the left
// what to send and what comes back (parameters, body fields, responses, with
// each error response linked to its entry in the error reference); on the
// right the request in curl and TypeScript and the example answers.
import { codesIn, type Catalog } from '../../model/catalog.js';
import { isErrorStatus, jsonMediaType, mediaTypesOf, namedExamplesOf, type Json, type Located, type Operation, type Spec } from '../../model/spec.js';
import { valueAt } from '../../model/pointer.js';
import { jsonBlock, sampleSet, type Sample } from './code-blocks.ts';
import { statusAnchor } from './error-reference.ts';
import { html, type Html } from './html.ts';
import { markdown } from './markdown.ts';
import { operationAnchor, operationName } from './operation-names.ts';
import { fieldItem, schemaFields } from './schema-fields.ts';

export function operationSection(spec: Spec, catalog: Catalog, operation: Operation, samples: Sample[]): Html {
  const { node } = operation;
  const scopes = (operation.security.requirements ?? []).flatMap((requirement: Json) => Object.values(requirement).flat() as string[]);
  return html`<section class="row operation" id="${operationAnchor(operation)}">
<div class="text">
<h3>${operationName(operation)}</h3>
<p class="endpoint"><span class="method ${operation.method}">${operation.method.toUpperCase()}</span> <code>${operation.path}</code></p>
${
  scopes.length > 0 || node['x-idempotent'] === false
    ? html`<p class="badges">${scopes.map((scope) => html`<span class="badge">scope <code>${scope}</code></span> `)}${
        node['x-idempotent'] === false ? html`<span class="badge warn">not idempotent</span>` : ''
      }</p>`
    : ''
}
${markdown(node.description)}
${parameterGroups(spec, operation)}
${requestBody(spec, operation)}
<h4>Responses</h4>
<ul class="responses">${[...operation.responses].map(([status, response]) => responseItem(spec, catalog, operation, status, response))}</ul>
</div>
<aside class="samples" aria-label="Samples">
<h4>Request</h4>
${sampleSet(samples)}
${responseSamples(spec, operation)}
</aside>
</section>`;
}

function parameterGroups(spec: Spec, operation: Operation): Html {
  const groups = (['path', 'query', 'header'] as const).map((where) => [where, operation.parameters.filter((parameter) => parameter.in === where)] as const);
  return html`${groups
    .filter(([, parameters]) => parameters.length > 0)
    .map(
      ([where, parameters]) => html`<h4>${where[0]!.toUpperCase()}${where.slice(1)} parameters</h4><ul class="fields">${parameters.map((parameter) =>
        fieldItem(spec, parameter.name, parameter.schema, { required: parameter.required, description: parameter.description }),
      )}</ul>`,
    )}`;
}

function requestBody(spec: Spec, operation: Operation): Html {
  const mediaType = jsonMediaType(operation.requestBody) ?? mediaTypesOf(operation.requestBody)[0];
  if (!mediaType) return html``;
  const body = operation.requestBody.node;
  return html`<h4>Request body <span class="media-type">${mediaType.type}${body.required ? '' : ', optional'}</span></h4>
${body.description ? markdown(body.description) : ''}
${schemaFields(spec, mediaType.node.schema)}`;
}

function responseItem(spec: Spec, catalog: Catalog, operation: Operation, status: string, located: Located): Html {
  const response: Json | undefined = located.node;
  const error = isErrorStatus(status);
  const codes = error ? codesIn(catalog, operation).filter(([, entry]) => entry.status === status) : [];
  // The located response, not its bare node: the model caches media types and examples by node, with where they are.
  const mediaType = jsonMediaType(located);
  return html`<li class="${error ? 'response error' : 'response success'}">
<div class="response-head">${error ? html`<a class="status" href="errors.html#${statusAnchor(status)}">${status}</a>` : html`<span class="status">${status}</span>`}</div>
<div class="response-doc">${markdown(response?.description)}${
    codes.length > 0
      ? html`<p class="codes">Documented errors: ${codes.map(([code], index) => html`${index > 0 ? ', ' : ''}<a href="errors.html#${code}"><code>${code}</code></a>`)}</p>`
      : error
        ? html`<p class="codes"><a href="errors.html#${statusAnchor(status)}">What this status means and what to do</a></p>`
        : ''
  }${
    !error && mediaType?.node.schema ? html`<details class="fields-toggle"><summary>Response fields</summary>${schemaFields(spec, mediaType.node.schema)}</details>` : ''
  }</div>
</li>`;
}

/** The success examples open, the error examples folded, each under its status. */
function responseSamples(spec: Spec, operation: Operation): Html {
  const shown = [...operation.responses].flatMap(([status, response]) =>
    namedExamplesOf(spec, jsonMediaType(response) ?? mediaTypesOf(response)[0]).map((example) => ({
      status,
      name: example.name,
      summary: valueAt(spec, example.at.slice(0, -1))?.summary as string | undefined,
      value: example.value,
    })),
  );
  const success = shown.filter((example) => !isErrorStatus(example.status));
  const errors = shown.filter((example) => isErrorStatus(example.status));
  return html`<h4>Response</h4>
${success.map((example) => html`<figure class="response-sample"><figcaption><span class="status ok">${example.status}</span> ${example.summary ?? example.name}</figcaption>${jsonBlock(example.value)}</figure>`)}
${
  errors.length > 0
    ? html`<details class="error-samples"><summary>Error responses (${errors.length})</summary>${errors.map(
        (example) =>
          html`<figure class="response-sample"><figcaption><span class="status err">${example.status}</span> ${example.summary ?? example.name}</figcaption>${jsonBlock(example.value)}</figure>`,
      )}</details>`
    : ''
}`;
}
