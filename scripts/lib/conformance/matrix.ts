// The conformance matrix: one case per operation × documented status × named
// example, each asking the mock for exactly that answer with `Prefer`.
// Derived from the bundled spec and its x-error-catalog; adding an operation or
// an example to the spec adds its cases.
import { codeValue, occursIn, type ErrorCatalog } from '../catalog.ts';
import { listOperations, namedExamples, responsesOf, type BundledSpec, type Operation } from '../spec.ts';
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

export function buildMatrix(spec: BundledSpec): MatrixCase[] {
  const catalog = spec['x-error-catalog'];
  const cases: MatrixCase[] = [];
  for (const operation of listOperations(spec)) {
    // The same valid request serves every status; Prefer picks the answer.
    const base = validRequest(spec, operation);
    const parts = validParts(spec, operation);
    for (const [status, response] of Object.entries(responsesOf(spec, operation))) {
      if (!/^\d{3}$/.test(status)) continue;
      const examples = namedExamples(spec, response.content?.['application/json']);
      if (examples.length === 0) {
        const prefer = `code=${status}`;
        cases.push({ id: `${operation.operationId} ${status}`, operation, status: Number(status), prefer, parts, request: withPrefer(base, prefer) });
        continue;
      }
      for (const example of examples) {
        const prefer = `code=${status}, example=${example.name}`;
        cases.push({
          id: `${operation.operationId} ${status} ${example.name}`,
          operation,
          status: Number(status),
          exampleName: example.name,
          prefer,
          parts,
          request: withPrefer(base, prefer),
          body: example.value,
          code: catalog ? catalogCodeOf(catalog, status, example.value) : undefined,
        });
      }
    }
  }
  return cases;
}

function withPrefer(request: PlannedRequest, prefer: string): PlannedRequest {
  return { ...request, headers: { ...request.headers, Prefer: prefer } };
}

/** The catalog code an error body carries in the catalog's code field, if any; as the client does, only at the code's own status. */
function catalogCodeOf(catalog: ErrorCatalog, status: string, body: unknown): string | undefined {
  const value = (body as Record<string, unknown> | null)?.[catalog.codeField];
  if (typeof value !== 'string') return undefined;
  return Object.entries(catalog.codes).find(([code, entry]) => entry.status === status && codeValue(code, entry) === value)?.[0];
}

export interface Coverage {
  /** `operationId` → documented statuses. */
  documented: Map<string, string[]>;
  /** What must be exercised and was not: `operationId status` or `operationId code`. */
  missing: string[];
}

/** Compares what passed with what the spec documents: every status, and every catalog code where it occurs. */
export function coverage(spec: BundledSpec, passed: MatrixCase[]): Coverage {
  const catalog = spec['x-error-catalog'];
  const documented = new Map<string, string[]>();
  const missing: string[] = [];
  for (const operation of listOperations(spec)) {
    const statuses = Object.keys(operation.operation.responses ?? {}).filter((s) => /^\d{3}$/.test(s));
    documented.set(operation.operationId, statuses);
    const mine = passed.filter((c) => c.operation.operationId === operation.operationId);
    for (const status of statuses) {
      if (!mine.some((c) => String(c.status) === status)) missing.push(`${operation.operationId} ${status}`);
    }
    for (const [code, entry] of Object.entries(catalog?.codes ?? {})) {
      if (!occursIn(entry, operation.operationId)) continue;
      if (!mine.some((c) => c.code === code && String(c.status) === entry.status)) missing.push(`${operation.operationId} ${code}`);
    }
  }
  return { documented, missing };
}

