// @ts-check
// Walkers over a bundled OpenAPI 3.x document, shared by every contract rule.
//
// The rules run with `resolved: false`: they must see `$ref`s (an error
// response has to be a `$ref`, a body has to name a shared schema), and
// Spectral's own resolver is the slowest part of linting a big spec. So local
// `$ref`s are followed here. What the walkers find is cached by document or by
// resolved node, so twelve rules walk a spec once, and a shared response used
// by thousands of operations is read once.

/** @typedef {Record<string, any>} Json */
/** @typedef {(string | number)[]} JsonPath */
/** @typedef {{ node: any, at: JsonPath, ref?: string }} Located `node` after following local `$ref`s (undefined if one is broken), `at` where it is, `ref` the first `$ref` followed. */
/** @typedef {{ type: string, node: Json, at: JsonPath }} MediaType */
/** @typedef {{ name: string | undefined, value: unknown, at: JsonPath }} Example `name` is undefined for a media type's single `example`. */

/**
 * @typedef {object} Operation
 * @property {string} path
 * @property {string} method Lower case, as in the document.
 * @property {string} id The operationId, or `METHOD path` without one.
 * @property {string} label How messages name it: `createBooking (POST /bookings/)`.
 * @property {Json} node
 * @property {JsonPath} at
 * @property {Json[]} parameters Path-item and operation parameters, resolved; the operation's win.
 * @property {Located} requestBody
 * @property {Map<string, Located>} responses By status as written (`404`, `4XX`, `default`).
 */

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

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

/** @type {Map<string, JsonPath>} */
const pointerPaths = new Map();

/** A pointer segment, percent-decoded (a stray `%` is kept as is), then `~1` and `~0` unescaped. */
function decodeSegment(/** @type {string} */ part) {
  let decoded = part;
  try {
    decoded = decodeURIComponent(part);
  } catch {}
  return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `#/paths/~1sites~1%7Bid%7D` → ['paths', '/sites/{id}'] */
function pointerToPath(/** @type {string} */ ref) {
  let path = pointerPaths.get(ref);
  if (!path) pointerPaths.set(ref, (path = ref.slice(2).split('/').map(decodeSegment)));
  return path;
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
    if (!ref.startsWith('#/') || seen.has(ref)) return { node: undefined, at: where, ref: first ?? ref };
    seen.add(ref);
    first ??= ref;
    where = pointerToPath(ref);
    current = where.reduce((/** @type {any} */ value, key) => (typeof value === 'object' && value !== null ? value[key] : undefined), doc);
  }
  return { node: current, at: where, ref: first };
}

/** The component name a `$ref` points at, if it points into `components/<kind>/`. */
export function componentName(/** @type {string | undefined} */ ref, /** @type {string} */ kind) {
  return ref?.startsWith(`#/components/${kind}/`) ? pointerToPath(ref).slice(2).join('/') : undefined;
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
        /** @type {Map<string, Json>} */
        const parameters = new Map();
        for (const raw of [item.node.parameters, node.parameters].flatMap((list) => (Array.isArray(list) ? list : []))) {
          const parameter = locate(doc, raw, []).node;
          if (isObject(parameter)) parameters.set(`${parameter.in}:${parameter.name}`, parameter);
        }
        const responses = isObject(node.responses) ? Object.entries(node.responses) : [];
        operations.push({
          path,
          method,
          id,
          label: `${id === node.operationId ? `${id} ` : ''}(${method.toUpperCase()} ${path})`,
          node,
          at,
          parameters: [...parameters.values()],
          requestBody: locate(doc, node.requestBody, [...at, 'requestBody']),
          responses: new Map(responses.map(([status, raw]) => [status, locate(doc, raw, [...at, 'responses', status])])),
        });
      }
    }
    return operations;
  });
}

/** What an operation has that the error profile requires statuses for. @param {Operation} operation */
export function traitsOf(operation) {
  return {
    withPathParameters: /\{[^}]+\}/.test(operation.path) || operation.parameters.some((parameter) => parameter.in === 'path'),
    withQueryParameters: operation.parameters.some((parameter) => parameter.in === 'query'),
    withRequestBody: operation.node.requestBody !== undefined,
  };
}

/** An error response key: a 4xx or 5xx status, exact (`404`) or a range (`4XX`), or `default` (every status not listed, errors included). */
export function isErrorStatus(/** @type {string} */ status) {
  return status === 'default' || /^[45](\d\d|XX)$/i.test(status);
}

/** Whether a response key as written (`404`, `4XX`, `default`) answers an exact status (`404`). */
export function statusCovers(/** @type {string} */ written, /** @type {string} */ status) {
  if (written === status || written === 'default') return true;
  return /^[1-5]XX$/i.test(written) && written[0] === status[0];
}

/** @type {WeakMap<object, MediaType[]>} */
const mediaTypesCache = new WeakMap();

/** The media types of a response or request body, each with where it is. @param {Located} body @returns {MediaType[]} */
export function mediaTypesOf(body) {
  if (!isObject(body.node)) return [];
  return cached(mediaTypesCache, body.node, () =>
    Object.entries(isObject(body.node.content) ? body.node.content : {})
      .filter(([, node]) => isObject(node))
      .map(([type, node]) => ({ type, node, at: [...body.at, 'content', type] })),
  );
}

/** @type {WeakMap<object, Example[]>} */
const examplesCache = new WeakMap();

/** A media type's examples: its single `example`, and each of `examples`, resolved. @param {Json} doc @param {MediaType} mediaType @returns {Example[]} */
export function examplesOf(doc, mediaType) {
  return cached(examplesCache, mediaType.node, () => {
    /** @type {Example[]} */
    const found = [];
    if (mediaType.node.example !== undefined) found.push({ name: undefined, value: mediaType.node.example, at: [...mediaType.at, 'example'] });
    for (const [name, raw] of Object.entries(isObject(mediaType.node.examples) ? mediaType.node.examples : {})) {
      const example = locate(doc, raw, [...mediaType.at, 'examples', name]);
      if (isObject(example.node)) found.push({ name, value: example.node.value, at: [...example.at, 'value'] });
    }
    return found;
  });
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

/** Whether an operation's request has a field: a body property at any depth, or a query parameter. */
export function requestHasField(/** @type {Json} */ doc, /** @type {Operation} */ operation, /** @type {'body' | 'query'} */ where, /** @type {string} */ name) {
  if (where === 'query') return operation.parameters.some((parameter) => parameter.in === 'query' && parameter.name === name);
  return mediaTypesOf(operation.requestBody).some((mediaType) => propertyNamesIn(doc, mediaType.node.schema).has(name));
}
