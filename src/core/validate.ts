// Client-side request validation: a body the contract refuses is answered
// here, the way the server would answer it, and never sent. The schema checks
// are ajv standalone code generated into generated/<api>/request-validators.ts,
// with which documented code each violation stands for (the catalog's
// `violations`). Only the `booking-contracts/<api>/validate` entries import
// this module, so a client that does not validate never carries it.
import type { Contract } from './contract.js';

/** One violation, as ajv reports it. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** What the generated module holds for one operation that takes a JSON body. */
export interface BodyCheck {
  /** The ajv standalone validator of the body schema; `errors` is set when it returns false. */
  readonly validate: ((body: unknown) => boolean) & { errors?: readonly SchemaError[] | null };
  /** Whether the operation requires a body. */
  readonly required: boolean;
  /** The status a refused body gets when no documented code matches it. */
  readonly status: number;
  /** Documented codes and the violations they answer, in catalog order: `[code, status, path pattern, keyword]`. */
  readonly codes: readonly (readonly [code: string, status: number, path: string, keyword: string])[];
  /** For a field-keyed error body: the key for problems with the body as a whole. Absent when the body carries one message. */
  readonly wholeBody?: string;
}

/** Answers a refused request in place of the server: a fresh Response each time, as each attempt gets one. */
export type Refusal = () => Promise<Response>;

/**
 * Checks an operation's (`"<method> <path>"`) request body: the refusal to
 * answer with, or undefined when the body is valid or not checked.
 */
export type RequestValidator = (operation: string, body: unknown) => Refusal | undefined;

interface Violation {
  /** JSON pointer to the value at fault; a missing value is named by its own path. */
  at: string;
  keyword: string;
  message: string;
}

const unescape = (part: string) => part.replace(/~1/g, '/').replace(/~0/g, '~');
const escape = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');

/** Whether a JSON pointer matches a catalog path pattern, where `*` is any one segment. */
export function matchesPath(pattern: string, at: string): boolean {
  const want = pattern.split('/');
  const got = at.split('/');
  return want.length === got.length && want.every((part, i) => part === '*' || part === got[i]);
}

/** The message for a field failing each keyword (`required`, `format:email`), `{limit}` and the like filled in from ajv's params. */
export type ViolationMessages = { readonly [keyword: string]: string };

/** The server's wording of a violation, when the contract gives it: model/catalog.js `violationMessage`, copied because the package ships without model/ (a test keeps the two equal). */
export function worded(messages: ViolationMessages, keyword: string, params: Record<string, unknown>): string | undefined {
  const template = (typeof params.format === 'string' ? messages[`${keyword}:${params.format}`] : undefined) ?? messages[keyword];
  return template?.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}

/**
 * The body's violations: ajv's errors, each pointed at the value at fault (for `required`, the missing
 * one), worded as the contract words them, else plainly.
 */
function violations(check: BodyCheck, body: unknown, messages: ViolationMessages): Violation[] {
  if (body === undefined) return check.required ? [{ at: '', keyword: 'required', message: worded(messages, 'required', {}) ?? 'is required' }] : [];
  if (check.validate(body)) return [];
  return (check.validate.errors ?? []).map(({ instancePath, keyword, params, message = 'is invalid' }) => {
    const missing = params.missingProperty;
    const extra = params.additionalProperty ?? params.unevaluatedProperty;
    const text = worded(messages, keyword, params);
    if (typeof missing === 'string') return { at: `${instancePath}/${escape(missing)}`, keyword, message: text ?? 'is required' };
    if (typeof extra === 'string') return { at: `${instancePath}/${escape(extra)}`, keyword, message: text ?? 'is not allowed' };
    return { at: instancePath, keyword, message: text ?? message };
  });
}

/** Field-keyed messages: each top-level property at fault, and `wholeBody` for the body itself. */
function fieldErrors(found: Violation[], wholeBody: string): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const { at, message } of found) {
    const [, field, ...rest] = at.split('/');
    const key = field === undefined ? wholeBody : unescape(field);
    const text = rest.length > 0 ? `/${rest.join('/')} ${message}` : message;
    const list = (fields[key] ??= []);
    if (!list.includes(text)) list.push(text);
  }
  return fields;
}

/** An error body holding `value` where the contract says the code goes, e.g. `{ error: { code: value } }`. */
const withCode = (contract: Contract, value: string): unknown => contract.codePath.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);

function reply(status: number, body: unknown): Refusal {
  // The status text is the one hint that no server was asked; nothing branches on it.
  return async () => new Response(JSON.stringify(body), { status, statusText: 'Refused before sending', headers: { 'content-type': 'application/json' } });
}

/**
 * A validator for an API: the generated checks, answered with the API's error
 * shape. A violation the catalog names gets that code's body and status; any
 * other gets the operation's own validation status, field-keyed when that
 * status's body is (in `messages`' words), else one message in the code field.
 */
export function requestValidator(contract: Contract, checks: { readonly [operation: string]: BodyCheck }, messages: ViolationMessages = {}): RequestValidator {
  return (operation, body) => {
    const check = checks[operation];
    const found = check ? violations(check, body, messages) : [];
    if (!check || found.length === 0) return undefined;
    const hit = check.codes.find(([, , path, keyword]) => found.some((v) => v.keyword === keyword && matchesPath(path, v.at)));
    if (hit) return reply(hit[1], withCode(contract, contract.codes[hit[0]]![1] ?? hit[0]));
    if (check.wholeBody !== undefined) return reply(check.status, fieldErrors(found, check.wholeBody));
    const { at, message } = found[0]!;
    return reply(check.status, withCode(contract, `${at || 'body'} ${message}`));
  };
}
