// @ts-check
// Which list operations are paginated, and how, read from the contract: the
// client's page iterator covers every such operation of every API without a
// list written by hand. Two conventions are recognised, both by names the
// contract already uses:
// - page numbers: an integer `page` query parameter, and a `next` property in
//   the answer that is null on the last page (CampOne's lists);
// - cursors: a query parameter `<name>`, and a `next_<name>` property that
//   holds its value for the next page, null on the last (`cursor`/`next_cursor`).
// In both, the page's items are the answer's one array property.
import { deref, isObject, jsonMediaType, operationsOf } from './spec.js';

/**
 * @typedef {object} Paging
 * @property {'page' | 'cursor'} kind How the next page is asked for: the page number plus one, or the cursor the answer gives.
 * @property {string} param The query parameter that selects a page.
 * @property {string} items The answer's property that holds the page's items.
 * @property {string} next The answer's property that is null (or absent) on the last page.
 * @property {number} [first] For page numbers: the first page, the parameter's default (else its minimum, else 1).
 */

/** An object schema's properties, through `allOf`. @param {import('./spec.js').Json} doc @param {unknown} schema @returns {Record<string, any>} */
function propertiesOf(doc, schema) {
  const resolved = deref(doc, schema ?? {});
  if (!isObject(resolved)) return {};
  const parts = Array.isArray(resolved.allOf) ? resolved.allOf.map((/** @type {unknown} */ part) => propertiesOf(doc, part)) : [];
  return Object.assign({}, ...parts, isObject(resolved.properties) ? resolved.properties : {});
}

/** Whether a schema admits `type` (`type: x` or `type: [x, 'null']`). @param {import('./spec.js').Json} doc @param {unknown} schema @param {string} type */
function admits(doc, schema, type) {
  const resolved = deref(doc, schema ?? {});
  return isObject(resolved) && [resolved.type].flat().includes(type);
}

/**
 * How an operation pages, or undefined when it is not a paginated list: a GET
 * whose 200 answer has one array property and a `next` link or cursor that
 * matches one of its query parameters.
 * @param {import('./spec.js').Json} doc @param {import('./spec.js').Operation} operation @returns {Paging | undefined}
 */
export function pagingOf(doc, operation) {
  if (operation.method !== 'get') return undefined;
  const properties = propertiesOf(doc, jsonMediaType(operation.responses.get('200'))?.node.schema);
  const arrays = Object.keys(properties).filter((name) => admits(doc, properties[name], 'array'));
  if (arrays.length !== 1) return undefined;
  const items = /** @type {string} */ (arrays[0]);
  const query = operation.parameters.filter((parameter) => parameter.in === 'query');
  const page = query.find((parameter) => parameter.name === 'page' && admits(doc, parameter.schema, 'integer'));
  if (page && 'next' in properties) {
    const schema = deref(doc, page.schema ?? {});
    return { kind: 'page', param: 'page', items, next: 'next', first: Number(schema.default ?? schema.minimum ?? 1) };
  }
  const cursor = query.find((parameter) => `next_${parameter.name}` in properties);
  if (cursor) return { kind: 'cursor', param: cursor.name, items, next: `next_${cursor.name}` };
  return undefined;
}

/**
 * Every paginated list of a spec with how it pages, in the spec's order.
 * @param {import('./spec.js').Json} doc @returns {[import('./spec.js').Operation, Paging][]}
 */
export function pagedOperationsOf(doc) {
  return operationsOf(doc).flatMap((operation) => {
    const paging = pagingOf(doc, operation);
    return paging ? [[operation, paging]] : [];
  });
}
