// @ts-check
// The one reader of an OpenAPI 3.x document: its operations, parameters,
// request and response bodies, media types, examples and security, each with
// where it sits in the document. Read by the contract rules (inside Spectral),
// the code generators, the gate, the docs, the conformance suite and the
// sandbox alike, so that they can never disagree about what a spec says.
//
// Local `$ref`s are followed here rather than by a resolver: the rules must
// see `$ref`s (an error response has to be one), and Spectral's resolver is
// the slowest part of linting a big spec. What the walkers find is cached by
// document or by resolved node, so a dozen rules walk a spec once, and a
// shared response used by thousands of operations is read once.
import { toPath, toPointer, valueAt } from './pointer.js';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('./pointer.js').JsonPath} JsonPath */
/** @typedef {Json & { openapi: string, paths?: Record<string, Json>, components?: Json, 'x-error-catalog'?: import('./catalog.js').Catalog }} Spec A parsed OpenAPI document; its catalog as written (check it with readCatalog before trusting it). */
/** @typedef {{ node: any, at: JsonPath, ref?: string }} Located `node` after following local `$ref`s (undefined if one is broken), `at` where it is, `ref` the first `$ref` followed. */
/** @typedef {{ type: string, node: Json, at: JsonPath }} MediaType */
/** @typedef {{ name: string | undefined, value: unknown, at: JsonPath }} Example `name` is undefined for a media type's single `example`. */

/**
 * @typedef {object} Operation
 * @property {string} path The path template, as written: `/bookings/{id}/`.
 * @property {string} method Lower case, as in the document.
 * @property {string} id The operationId, or `METHOD path` without one.
 * @property {string} key `method path`, lower case: how generated code names the operation.
 * @property {string} label How messages name it: `createBooking (POST /bookings/)`.
 * @property {Json} node The operation object.
 * @property {JsonPath} at Where it is.
 * @property {Json[]} parameters Path-item and operation parameters, resolved; the operation's win.
 * @property {JsonPath[]} parameterAt Where each of `parameters` is, in the same order (after `$ref`s), so a parameter's schema can be addressed by pointer.
 * @property {Located} requestBody
 * @property {Map<string, Located>} responses By status as written (`404`, `4XX`, `default`), in document order.
 * @property {Security} security The requirements that apply: the operation's own, else the document's.
 */

/**
 * @typedef {object} Security
 * @property {Json[] | undefined} requirements As written; undefined when neither the operation nor the document says.
 * @property {JsonPath} at Where they are written (the operation when nowhere).
 * @property {boolean} anonymous Whether a call without credentials is allowed: no requirement at all, `security: []`, or an empty `{}` among them.
 */

export const HTTP_METHODS = /** @type {const} */ (['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** @param {unknown} value @returns {value is Json} */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @template T @param {WeakMap<object, T>} cache @param {object} key @param {() => T} compute */
function cached(cache, key, compute) {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = compute()));
  return value;
}

/** Follow local `$ref`s from `node`, found at `at`, to the value they name. @param {Json} doc @param {unknown} node @param {JsonPath} at @returns {Located} */
export function locate(doc, node, at) {
  /** @type {any} */
  let current = node;
  let where = at;
  /** @type {string | undefined} */
  let first;
  const seen = new Set();
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#') || seen.has(ref)) return { node: undefined, at: where, ref: first ?? ref };
    seen.add(ref);
    first ??= ref;
    where = toPath(ref);
    current = valueAt(doc, where);
  }
  return { node: current, at: where, ref: first };
}

/** `node` with local `$ref`s followed; throws when one points at nothing. @template [T=Json] @param {Json} doc @param {unknown} node @returns {T} */
export function deref(doc, node) {
  const found = locate(doc, node, []);
  if (found.node === undefined) throw new Error(`cannot resolve $ref ${found.ref}`);
  return found.node;
}

/** The component name a `$ref` points at, if it points into `components/<kind>/`. @param {string | undefined} ref @param {string} kind */
export function componentName(ref, kind) {
  return ref?.startsWith(`#/components/${kind}/`) ? toPath(ref).slice(2).join('/') : undefined;
}

/**
 * The first local `$ref` anywhere in `doc` that points at nothing, with the
 * pointer of the object holding it. With `localOnly` (a bundle, which must be
 * self-contained), a `$ref` to another file counts as broken too.
 * @param {Json} doc @param {{ localOnly?: boolean }} [options]
 * @returns {{ ref: string, at: string, external: boolean } | undefined}
 */
export function brokenRef(doc, { localOnly = false } = {}) {
  /** @type {Set<string>} */
  const good = new Set();
  /** @type {{ node: unknown, at: JsonPath }[]} */
  const stack = [{ node: doc, at: [] }];
  while (stack.length > 0) {
    const { node, at } = /** @type {{ node: unknown, at: JsonPath }} */ (stack.pop());
    if (typeof node !== 'object' || node === null) continue;
    const ref = /** @type {Json} */ (node).$ref;
    if (typeof ref === 'string' && !ref.startsWith('#') && localOnly) return { ref, at: toPointer(at), external: true };
    if (typeof ref === 'string' && ref.startsWith('#') && !good.has(ref)) {
      if (locate(doc, { $ref: ref }, []).node === undefined) return { ref, at: toPointer(at), external: false };
      good.add(ref);
    }
    const entries = Object.entries(node);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = /** @type {[string, unknown]} */ (entries[index]);
      if (typeof child === 'object' && child !== null) stack.push({ node: child, at: [...at, key] });
    }
  }
  return undefined;
}

/** @type {WeakMap<object, Operation[]>} */
const operationsCache = new WeakMap();

/** Every operation of the document, in document order. @param {Json} doc @returns {Operation[]} */
export function operationsOf(doc) {
  return cached(operationsCache, doc, () => {
    /** @type {Operation[]} */
    const operations = [];
    for (const [path, rawItem] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
      const item = locate(doc, rawItem, ['paths', path]);
      for (const method of isObject(item.node) ? HTTP_METHODS : []) {
        const node = item.node[method];
        if (!isObject(node)) continue;
        const at = [...item.at, method];
        const id = typeof node.operationId === 'string' ? node.operationId : `${method.toUpperCase()} ${path}`;
        /** @type {Map<string, Located>} */
        const parameters = new Map();
        for (const [list, listAt] of /** @type {const} */ ([[item.node.parameters, [...item.at, 'parameters']], [node.parameters, [...at, 'parameters']]])) {
          (Array.isArray(list) ? list : []).forEach((raw, index) => {
            const parameter = locate(doc, raw, [...listAt, index]);
            if (isObject(parameter.node)) parameters.set(`${parameter.node.in}:${parameter.node.name}`, parameter);
          });
        }
        const responses = isObject(node.responses) ? Object.entries(node.responses) : [];
        operations.push({
          path,
          method,
          id,
          key: `${method} ${path}`,
          label: `${id === node.operationId ? `${id} ` : ''}(${method.toUpperCase()} ${path})`,
          node,
          at,
          parameters: [...parameters.values()].map((parameter) => parameter.node),
          parameterAt: [...parameters.values()].map((parameter) => parameter.at),
          requestBody: locate(doc, node.requestBody, [...at, 'requestBody']),
          responses: new Map(responses.map(([status, raw]) => [status, locate(doc, raw, [...at, 'responses', status])])),
          security: securityOf(doc, node, at),
        });
      }
    }
    return operations;
  });
}

/** The operation with this id, if the document has one. @param {Json} doc @param {string} id */
export function operationById(doc, id) {
  return operationsOf(doc).find((operation) => operation.id === id);
}

/** @param {Json} doc @param {Json} node @param {JsonPath} at @returns {Security} */
function securityOf(doc, node, at) {
  const [requirements, where] =
    node.security !== undefined ? [node.security, [...at, 'security']] : doc.security !== undefined ? [doc.security, ['security']] : [undefined, at];
  const list = Array.isArray(requirements) ? requirements : undefined;
  const anonymous = !list || list.length === 0 || list.some((requirement) => isObject(requirement) && Object.keys(requirement).length === 0);
  return { requirements: list, at: where, anonymous };
}

/** What an operation has that an error profile requires statuses for. @param {Operation} operation */
export function traitsOf(operation) {
  return {
    withPathParameters: /\{[^}]+\}/.test(operation.path) || operation.parameters.some((parameter) => parameter.in === 'path'),
    withQueryParameters: operation.parameters.some((parameter) => parameter.in === 'query'),
    withRequestBody: operation.node.requestBody !== undefined,
  };
}

/** An error response key: a 4xx or 5xx status, exact (`404`) or a range (`4XX`), or `default` (every status not listed, errors included). @param {string} status */
export function isErrorStatus(status) {
  return status === 'default' || /^[45](\d\d|XX)$/i.test(status);
}

/** Whether a response key as written (`404`, `4XX`, `default`) answers an exact status (`404`). @param {string} written @param {string} status */
export function statusCovers(written, status) {
  if (written === status || written === 'default') return true;
  return /^[1-5]XX$/i.test(written) && written[0] === status[0];
}

/** The response key of an operation that answers a status: the status itself, else its range, else `default`. @param {Operation} operation @param {string | number} status */
export function responseKeyFor(operation, status) {
  const exact = String(status);
  const range = `${exact[0]}XX`;
  for (const key of [exact, range, range.toLowerCase(), 'default']) if (operation.responses.has(key)) return key;
  return undefined;
}

/** @type {WeakMap<object, MediaType[]>} */
const mediaTypesCache = new WeakMap();

/** The media types of a response or request body, each with where it is. @param {Located | undefined} body @returns {MediaType[]} */
export function mediaTypesOf(body) {
  if (!body || !isObject(body.node)) return [];
  return cached(mediaTypesCache, body.node, () =>
    Object.entries(isObject(body.node.content) ? body.node.content : {})
      .filter(([, node]) => isObject(node))
      .map(([type, node]) => ({ type, node, at: [...body.at, 'content', type] })),
  );
}

/** The first JSON media type (`application/json`, `application/problem+json`, …) of a body. @param {Located | undefined} body */
export function jsonMediaType(body) {
  return mediaTypesOf(body).find((mediaType) => /json/i.test(mediaType.type));
}

/** @type {WeakMap<object, Example[]>} */
const examplesCache = new WeakMap();

/** A media type's (or parameter's) examples: its single `example`, and each of `examples`, resolved. @param {Json} doc @param {{ node: Json, at: JsonPath } | undefined} holder @returns {Example[]} */
export function examplesOf(doc, holder) {
  if (!holder) return [];
  return cached(examplesCache, holder.node, () => {
    /** @type {Example[]} */
    const found = [];
    if (holder.node.example !== undefined) found.push({ name: undefined, value: holder.node.example, at: [...holder.at, 'example'] });
    for (const [name, raw] of Object.entries(isObject(holder.node.examples) ? holder.node.examples : {})) {
      const example = locate(doc, raw, [...holder.at, 'examples', name]);
      if (isObject(example.node)) found.push({ name, value: example.node.value, at: [...example.at, 'value'] });
    }
    return found;
  });
}

/** The named examples of a media type or parameter (its `examples`), in order. @param {Json} doc @param {{ node: Json, at: JsonPath } | undefined} holder */
export function namedExamplesOf(doc, holder) {
  return examplesOf(doc, holder).filter(/** @returns {example is Example & { name: string }} */ (example) => example.name !== undefined);
}

/** @type {WeakMap<object, Set<string>>} */
const propertyNamesCache = new WeakMap();

/** Every property name a schema declares at any depth, e.g. `space_id` inside `bookings[]`. @param {Json} doc @param {unknown} schema */
function propertyNamesIn(doc, schema) {
  const root = locate(doc, schema, []).node;
  if (!isObject(root)) return new Set();
  return cached(propertyNamesCache, root, () => {
    const names = new Set();
    const seen = new Set();
    const queue = [root];
    while (queue.length > 0) {
      const node = locate(doc, queue.pop(), []).node;
      if (!isObject(node) || seen.has(node)) continue;
      seen.add(node);
      for (const [name, property] of Object.entries(isObject(node.properties) ? node.properties : {})) {
        names.add(name);
        queue.push(property);
      }
      for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) if (Array.isArray(node[key])) queue.push(...node[key]);
      for (const key of ['items', 'additionalProperties', 'then', 'else']) queue.push(node[key]);
    }
    return names;
  });
}

/** Whether an operation's request has a field: a body property at any depth, or a query parameter. @param {Json} doc @param {Operation} operation @param {'body' | 'query'} where @param {string} name */
export function requestHasField(doc, operation, where, name) {
  if (where === 'query') return operation.parameters.some((parameter) => parameter.in === 'query' && parameter.name === name);
  return mediaTypesOf(operation.requestBody).some((mediaType) => propertyNamesIn(doc, mediaType.node.schema).has(name));
}

/**
 * A parameter's documented example: its own `example`, its first named
 * example, then its schema's `example`, `examples[0]` or (unless `useDefault`
 * is false) `default`.
 * @param {Json} doc @param {Json} parameter @param {{ useDefault?: boolean }} [options]
 */
export function parameterExample(doc, parameter, { useDefault = true } = {}) {
  if ('example' in parameter) return parameter.example;
  const [named] = namedExamplesOf(doc, { node: parameter, at: [] });
  if (named) return named.value;
  const schema = deref(doc, parameter.schema ?? {});
  return schema.example ?? schema.examples?.[0] ?? (useDefault ? schema.default : undefined);
}

/** A path template with its parameters filled in, each URL-encoded: `/bookings/{id}/` → `/bookings/42/`. @param {string} path @param {Record<string, unknown>} values */
export function fillPath(path, values) {
  return path.replace(/\{([^}]+)\}/g, (_match, /** @type {string} */ name) => encodeURIComponent(String(values[name])));
}

/** @typedef {{ kind: 'bearer' } | { kind: 'basic' } | { kind: 'header', name: string } | { kind: 'query', name: string }} KeyPlacement */

/**
 * How an operation wants the API key sent, from the first scheme of its
 * security requirements that a key can fill in; undefined for a public
 * operation or one whose schemes take no key.
 * @param {Json} doc @param {Operation} operation @returns {KeyPlacement | undefined}
 */
export function keyPlacement(doc, operation) {
  if (operation.security.anonymous) return undefined;
  const schemes = isObject(doc.components?.securitySchemes) ? doc.components.securitySchemes : {};
  for (const requirement of operation.security.requirements ?? []) {
    for (const name of Object.keys(isObject(requirement) ? requirement : {})) {
      const scheme = locate(doc, schemes[name], []).node;
      if (!isObject(scheme)) continue;
      if (scheme.type === 'http' && /^bearer$/i.test(scheme.scheme)) return { kind: 'bearer' };
      if (scheme.type === 'http' && /^basic$/i.test(scheme.scheme)) return { kind: 'basic' };
      if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return { kind: 'bearer' };
      if (scheme.type === 'apiKey' && (scheme.in === 'header' || scheme.in === 'query')) return { kind: scheme.in, name: scheme.name };
    }
  }
  return undefined;
}
