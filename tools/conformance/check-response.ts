// Judges one answer against the contract: is its status documented for the
// operation, are its required headers there with values of their schema, is
// its content type one the response declares, and does its body satisfy that
// status's schema? Used on the mock's answers and on a live server's.
import { createSchemaValidator, type SchemaValidator } from '../../model/ajv.js';
import { toPointer } from '../../model/pointer.js';
import { printable } from '../cli/run-main.ts';
import { deref, jsonMediaType, locate, mediaTypesOf, responseKeyFor, type Operation, type Spec } from '../../model/spec.js';

export interface Answer {
  status: number;
  headers: Headers;
  /** Raw body text. */
  text: string;
}

export interface ResponseChecker {
  /** Problems with the answer, empty when it keeps the contract. */
  check(operation: Operation, answer: Answer): string[];
}

export function createResponseChecker(spec: Spec, validator: SchemaValidator = createSchemaValidator(spec)): ResponseChecker {
  return {
    check(operation, answer) {
      const status = String(answer.status);
      const declared = responseKeyFor(operation, status);
      if (!declared) return [`status ${status} is not documented (documented: ${[...operation.responses.keys()].join(', ')})`];
      const response = operation.responses.get(declared)!;
      const problems: string[] = [];
      for (const [name, written] of Object.entries<unknown>(response.node?.headers ?? {})) {
        const header = locate(spec, written, [...response.at, 'headers', name]);
        const value = answer.headers.get(name);
        if (value === null) {
          if (header.node?.required) problems.push(`${status}: required header ${name} is missing`);
          continue;
        }
        if (!header.node?.schema) continue;
        for (const error of validator.check(toPointer([...header.at, 'schema']), headerValue(deref(spec, header.node.schema), value))) {
          problems.push(`${status}: header ${name} ${JSON.stringify(value)}: ${error.replace(/^\(root\) /, '')}`);
        }
      }
      const media = jsonMediaType(response);
      if (!media) return problems;
      const contentType = (answer.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const mediaTypes = mediaTypesOf(response);
      const types = mediaTypes.map((candidate) => candidate.type.toLowerCase());
      if (!types.includes(contentType)) return [...problems, `${status}: content type is "${contentType}", not ${types.join(' or ')}`];
      let body: unknown;
      try {
        body = JSON.parse(answer.text);
      } catch {
        return [...problems, `${status}: body is not JSON: ${printable(answer.text.slice(0, 80))}`];
      }
      // The content type is one of `types` (checked above), so its media type is there.
      const { at } = mediaTypes[types.indexOf(contentType)]!;
      const errors = validator.check(toPointer([...at, 'schema']), body);
      return [...problems, ...errors.map((error) => `${status}: body ${error}: ${JSON.stringify(body).slice(0, 120)}`)];
    },
  };
}

/** A header's text as its schema's type: headers are strings on the wire, a number or boolean schema means their text. */
function headerValue(schema: { type?: unknown } | undefined, value: string): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  if (type === 'boolean' && /^(true|false)$/.test(value.trim())) return value.trim() === 'true';
  return value;
}
