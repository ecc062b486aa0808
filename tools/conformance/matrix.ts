// The conformance matrix: one case per operation × documented status × named
// example, each asking the mock for exactly that answer with `Prefer`.
// Derived from the bundled spec and its x-error-catalog; adding an operation or
// an example to the spec adds its cases.
import { catalogOf, codeOf, codesIn } from '../../model/catalog.js';
import { jsonMediaType, namedExamplesOf, operationsOf, type Operation, type Spec } from '../../model/spec.js';
import { validParts, validRequest, type PlannedRequest, type RequestParts } from './requests.ts';

export interface MatrixCase {
  /** `operationId status example`, unique within the API. */
  id: string;
  operation: Operation;
  status: number;
  exampleName?: string;
  /** The `Prefer` header value that selects this answer from the mock. */
  prefer: string;
  /** Typed inputs for the client: path and query values and the body. */
  parts: RequestParts;
  /** The same request as raw HTTP, `Prefer` included. */
  request: PlannedRequest;
  /** The example body the answer must equal. */
  body?: unknown;
  /** The catalog code this answer carries, when it is one. */
  code?: string;
}

export function buildMatrix(spec: Spec): MatrixCase[] {
  const catalog = catalogOf(spec);
  const cases: MatrixCase[] = [];
  for (const operation of operationsOf(spec)) {
    // The same valid request serves every status; Prefer picks the answer.
    const base = validRequest(spec, operation);
    const parts = validParts(spec, operation);
    for (const [status, response] of operation.responses) {
      if (!/^\d{3}$/.test(status)) continue;
      const examples = namedExamplesOf(spec, jsonMediaType(response));
      if (examples.length === 0) {
        const prefer = `code=${status}`;
        cases.push({ id: `${operation.id} ${status}`, operation, status: Number(status), prefer, parts, request: withPrefer(base, prefer) });
        continue;
      }
      for (const example of examples) {
        const prefer = `code=${status}, example=${example.name}`;
        cases.push({
          id: `${operation.id} ${status} ${example.name}`,
          operation,
          status: Number(status),
          exampleName: example.name,
          prefer,
          parts,
          request: withPrefer(base, prefer),
          body: example.value,
          code: catalog ? codeOf(catalog, status, example.value) : undefined,
        });
      }
    }
  }
  return cases;
}

function withPrefer(request: PlannedRequest, prefer: string): PlannedRequest {
  return { ...request, headers: { ...request.headers, Prefer: prefer } };
}


export interface Coverage {
  /** `operationId` → documented statuses. */
  documented: Map<string, string[]>;
  /** What must be exercised and was not: `operationId status` or `operationId code`. */
  missing: string[];
}

/** Compares what passed with what the spec documents: every status, and every catalog code where it occurs. */
export function coverage(spec: Spec, passed: MatrixCase[]): Coverage {
  const catalog = catalogOf(spec);
  const documented = new Map<string, string[]>();
  const missing: string[] = [];
  for (const operation of operationsOf(spec)) {
    const statuses = [...operation.responses.keys()].filter((s) => /^\d{3}$/.test(s));
    documented.set(operation.id, statuses);
    const mine = passed.filter((c) => c.operation.id === operation.id);
    for (const status of statuses) {
      if (!mine.some((c) => String(c.status) === status)) missing.push(`${operation.id} ${status}`);
    }
    for (const [code, entry] of catalog ? codesIn(catalog, operation) : []) {
      if (!mine.some((c) => c.code === code && String(c.status) === entry.status)) missing.push(`${operation.id} ${code}`);
    }
  }
  return { documented, missing };
}

