// Judges one answer against the contract: is its status documented for the
// operation, and does its body satisfy that status's schema?
import { createSchemaValidator, pointerPart, type SchemaValidator } from '../schema-validator.ts';
import { deref, type BundledSpec, type Operation } from '../spec.ts';

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

export function createResponseChecker(spec: BundledSpec, validator: SchemaValidator = createSchemaValidator(spec)): ResponseChecker {
  return {
    check(operation, answer) {
      const responses = operation.operation.responses ?? {};
      const status = String(answer.status);
      const declared = status in responses ? status : `${status[0]}XX` in responses ? `${status[0]}XX` : 'default' in responses ? 'default' : undefined;
      if (!declared) return [`status ${status} is not documented (documented: ${Object.keys(responses).join(', ')})`];
      const response = deref(spec, responses[declared]);
      const pointer = responsePointer(responses[declared], operation, declared);
      const problems: string[] = [];
      for (const [name, header] of Object.entries<any>(response.headers ?? {})) {
        if (deref(spec, header).required && !answer.headers.has(name)) problems.push(`${status}: required header ${name} is missing`);
      }
      const media = response.content?.['application/json'];
      if (!media) return problems;
      const contentType = answer.headers.get('content-type') ?? '';
      if (!/^application\/json\b/i.test(contentType)) return [...problems, `${status}: content type is "${contentType}", not application/json`];
      let body: unknown;
      try {
        body = JSON.parse(answer.text);
      } catch {
        return [...problems, `${status}: body is not JSON: ${answer.text.slice(0, 80)}`];
      }
      const errors = validator.check(`${pointer}/content/application~1json/schema`, body);
      return [...problems, ...errors.map((error) => `${status}: body ${error}: ${JSON.stringify(body).slice(0, 120)}`)];
    },
  };
}

/** JSON pointer of a response object: the component it references, or its place under the operation. */
function responsePointer(response: any, operation: Operation, status: string): string {
  if (typeof response?.$ref === 'string') return response.$ref;
  return `#/paths/${pointerPart(operation.path)}/${operation.method}/responses/${pointerPart(status)}`;
}
