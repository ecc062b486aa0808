// Judges one answer against the contract: is its status documented for the
// operation, and does its body satisfy that status's schema?
import { createSchemaValidator, type SchemaValidator } from '../../model/ajv.js';
import { toPointer } from '../../model/pointer.js';
import { deref, jsonMediaType, responseKeyFor, type Operation, type Spec } from '../../model/spec.js';

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
      for (const [name, header] of Object.entries<any>(response.node?.headers ?? {})) {
        if (deref(spec, header).required && !answer.headers.has(name)) problems.push(`${status}: required header ${name} is missing`);
      }
      const media = jsonMediaType(response);
      if (!media) return problems;
      const contentType = answer.headers.get('content-type') ?? '';
      if (!/^application\/json\b/i.test(contentType)) return [...problems, `${status}: content type is "${contentType}", not application/json`];
      let body: unknown;
      try {
        body = JSON.parse(answer.text);
      } catch {
        return [...problems, `${status}: body is not JSON: ${answer.text.slice(0, 80)}`];
      }
      const errors = validator.check(toPointer([...media.at, 'schema']), body);
      return [...problems, ...errors.map((error) => `${status}: body ${error}: ${JSON.stringify(body).slice(0, 120)}`)];
    },
  };
}
