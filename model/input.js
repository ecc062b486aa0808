// @ts-check
// Reading the files a user hands the tools (specs, bundles, snapshots,
// configs): one reader, one wording. Every problem is a UserError whose
// message is one line naming the file (relative to the current directory)
// and what is wrong with it; the command-line entry points print it as is.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseWithPointers } from '@stoplight/json';
import { parseDocument } from 'yaml';
import { brokenRef } from './spec.js';

/** An error caused by the user's input: printed as one line, never with a stack. */
export class UserError extends Error {
  name = 'UserError';
}

/** A file as messages name it: relative to the current directory when that is shorter. @param {string} file */
export function shown(file) {
  const path = relative(process.cwd(), file);
  return path === '' || path.startsWith('../../') ? file : path;
}

/** The first line of an error's message, without a trailing colon. @param {unknown} error */
function reason(error) {
  return String(error instanceof Error ? error.message : error).split('\n')[0]?.replace(/:\s*$/, '') ?? 'unreadable';
}

/**
 * A text file's content. Refuses, in one line: a missing file, a folder, an
 * empty file (`allowEmpty` aside) and binary content (a NUL byte), whose bytes
 * are never echoed.
 * @param {string} file @param {{ allowEmpty?: boolean }} [options] @returns {string}
 */
export function readTextFile(file, { allowEmpty = false } = {}) {
  /** @type {string} */
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'not readable (permission denied)' : reason(error);
    throw new UserError(`${shown(file)}: ${why}`);
  }
  if (text.includes('\u0000')) throw new UserError(`${shown(file)}: binary content, not text`);
  if (!allowEmpty && text.trim() === '') throw new UserError(`${shown(file)}: empty file`);
  return text;
}

/** Parse JSON text read from `file`; a problem names its line and column. @param {string} text @param {string} file @returns {unknown} */
export function parseJson(text, file) {
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8 says what is wrong but gives no line (at best an offset) and may quote the text; the tolerant parser says where.
    const start = parseWithPointers(text).diagnostics[0]?.range.start;
    const place = start ? `:${start.line + 1}:${start.character + 1}` : '';
    const why = reason(error).replace(/^(Unexpected token .+?),\s*".*$/, '$1').replace(/ in JSON at position \d+.*$/, '');
    throw new UserError(`${shown(file)}${place}: not valid JSON: ${why}`);
  }
}

/** Parse YAML (or JSON, which is YAML) text read from `file`, with the line of the first problem. @param {string} text @param {string} file @returns {unknown} */
export function parseYaml(text, file) {
  const document = parseDocument(text);
  const [first] = document.errors;
  if (first) {
    const place = first.linePos ? `:${first.linePos[0].line}:${first.linePos[0].col}` : '';
    // The message's first line, without the position yaml appends (it is in the place already).
    throw new UserError(`${shown(file)}${place}: not valid YAML: ${reason(first.message).replace(/ at line \d+, column \d+$/, '')}`);
  }
  return document.toJS();
}

/** A JSON file's value. @param {string} file @returns {unknown} */
export function readJsonFile(file) {
  return parseJson(readTextFile(file), file);
}

/** A JSON or YAML file's value, by extension: `.json` is parsed as JSON, anything else as YAML. @param {string} file @returns {unknown} */
export function readDataFile(file) {
  const text = readTextFile(file);
  return file.endsWith('.json') ? parseJson(text, file) : parseYaml(text, file);
}

/**
 * An OpenAPI document from a JSON or YAML file: an object with an `openapi`
 * version string, or a UserError saying why not.
 * @param {string} file @param {unknown} [value] The file's value, when already parsed.
 * @returns {import('./spec.js').Spec}
 */
export function readSpecFile(file, value = readDataFile(file)) {
  return asSpec(value, file);
}

/** The value as an OpenAPI document, or a UserError naming `file`. @param {unknown} value @param {string} file @returns {import('./spec.js').Spec} */
export function asSpec(value, file) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError(`${shown(file)}: not an OpenAPI document (${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}, not an object)`);
  }
  const doc = /** @type {Record<string, any>} */ (value);
  if (typeof doc.openapi !== 'string') throw new UserError(`${shown(file)}: not an OpenAPI document (no "openapi" version field)`);
  return /** @type {import('./spec.js').Spec} */ (doc);
}

/**
 * A bundled spec (a self-contained JSON file, such as generated/<api>/openapi.json
 * or a released snapshot): it loads, is an OpenAPI document, and every `$ref`
 * in it points at something inside it; else a one-line UserError, ending in
 * `hint` when given (e.g. how to rebuild the file).
 * @param {string} file @param {string} [hint] @returns {import('./spec.js').Spec}
 */
export function readBundleFile(file, hint) {
  const then = hint ? ` (${hint})` : '';
  let spec;
  try {
    spec = asSpec(readJsonFile(file), file);
  } catch (error) {
    if (error instanceof UserError && hint) error.message += then;
    throw error;
  }
  const broken = brokenRef(spec, { localOnly: true });
  if (broken) {
    const what = broken.external ? 'names another file; a bundle must be self-contained' : 'points at nothing';
    throw new UserError(`${shown(file)}: $ref ${broken.ref} at ${broken.at || '/'} ${what}${then}`);
  }
  return spec;
}
