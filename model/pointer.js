// @ts-check
// JSON pointers, through @stoplight/json (the library Spectral itself uses):
// `#/paths/~1sites~1%7Bid%7D` ⇄ ['paths', '/sites/{id}']. Every place that
// reads or writes a pointer goes through here, so escaping (`~0`, `~1`, and
// percent-encoding in URI fragments) is written once.
import { decodePointer, encodePointerFragment, pathToPointer, pointerToPath } from '@stoplight/json';

/** @typedef {(string | number)[]} JsonPath */

/** @type {Map<string, string[]>} pointers are few and read often (every `$ref` of a big bundle) */
const paths = new Map();

/**
 * A pointer as path segments. Takes a URI fragment (`#/a/b`, as `$ref`s hold)
 * or a plain JSON pointer (`/a/b`, as the catalog's `codeField` and
 * `bodyRetryAfter` hold); `''` and `#` are the root.
 * @param {string} pointer @returns {string[]}
 */
export function toPath(pointer) {
  let path = paths.get(pointer);
  if (!path) {
    const fragment = pointer.startsWith('#') ? pointer : `#${pointer}`;
    paths.set(pointer, (path = /** @type {string[]} */ (pointerToPath(fragment))));
  }
  return path;
}

/** Path segments as a URI-fragment pointer: `['paths', '/a/{id}']` → `#/paths/~1a~1%7Bid%7D`. @param {JsonPath} path */
export function toPointer(path) {
  return pathToPointer(path.map(String));
}

/** Path segments as a plain JSON pointer (no `#`, no percent-encoding): `['error', 'code']` → `/error/code`. @param {JsonPath} path */
export function toPlainPointer(path) {
  return path.map((segment) => `/${encodePointerFragment(String(segment))}`).join('');
}

/** One plain pointer segment decoded: `a~1b` → `a/b`. @param {string} segment */
export function decodeSegment(segment) {
  return decodePointer(segment);
}

/** Whether a string is a JSON pointer (`/a/b`) rather than a plain property name. @param {string} text */
export function isPointer(text) {
  return text.startsWith('/');
}

/** The value at `path` inside `value`, or undefined when any step is missing. @param {unknown} value @param {readonly (string | number)[]} path */
export function valueAt(value, path) {
  /** @type {any} */
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = current[key];
  }
  return current;
}
