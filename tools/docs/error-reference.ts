// The error reference of an API as data, generated from its `x-error-catalog`
// so that the guide's error list is written only once: in the catalog. Every
// error status the operations declare gets a group: the responses that carry
// it (description, headers, the bodies that are not catalog codes) and the
// catalog codes at that status, each with where it occurs, what it means,
// what to do, and the body a client will see, taken from the contract's own
// examples.
import { STATUS_CODES } from 'node:http';
import { bodyWithCode, codeIn, codeValue, occursIn, type Catalog, type CatalogEntry } from '../../model/catalog.js';
import { valueAt } from '../../model/pointer.js';
import { deref, isErrorStatus, jsonMediaType, mediaTypesOf, namedExamplesOf, operationsOf, type Json, type Operation, type Spec } from '../../model/spec.js';

export interface ErrorRow {
  code: string;
  status: string;
  /** The exact text of the code field, for APIs whose code field holds prose. */
  message?: string;
  /** Operations where the error can occur; empty when it can occur in every operation. */
  operations: Operation[];
  meaning: string;
  retry?: CatalogEntry['retry'];
  action?: string;
  example: unknown;
}

export interface ShownExample {
  name: string;
  summary?: string;
  value: unknown;
}

/** One response that answers with the status: shared by `operations`. */
export interface StatusResponse {
  description: string;
  operations: Operation[];
  headers: { name: string; description: string }[];
  /** Its examples that are not a catalog code's (those are shown with the code). */
  examples: ShownExample[];
}

export interface StatusGroup {
  status: string;
  /** `Not Found`; empty for a range or `default`. */
  reason: string;
  responses: StatusResponse[];
  codes: ErrorRow[];
}

export function errorRows(spec: Spec, catalog: Catalog): ErrorRow[] {
  const operations = operationsOf(spec);
  return Object.entries(catalog.codes).map(([code, entry]) => {
    const candidates = operations.filter((operation) => occursIn(catalog, code, operation));
    // `all` reads as "every operation", unless public operations are left out of it.
    const where = entry.operations === 'all' && candidates.length === operations.length ? [] : entry.operations === 'all' ? candidates : entry.operations.map((id) => findOperation(operations, id, code));
    return {
      code,
      status: entry.status,
      message: entry.message,
      operations: where,
      meaning: entry.meaning,
      retry: entry.retry,
      action: entry.action,
      example: exampleBody(spec, catalog, code, entry, candidates),
    };
  });
}

/** Every error status the operations declare or the catalog names, in order, each with its responses and codes. */
export function errorReference(spec: Spec, catalog: Catalog): StatusGroup[] {
  const rows = errorRows(spec, catalog);
  const operations = operationsOf(spec);
  const statuses = new Set([...operations.flatMap((operation) => [...operation.responses.keys()].filter(isErrorStatus)), ...rows.map((row) => row.status)]);
  return [...statuses].sort(byStatus).map((status) => ({
    status,
    reason: STATUS_CODES[status] ?? '',
    responses: responsesWith(spec, catalog, operations, status),
    codes: rows.filter((row) => row.status === status),
  }));
}

/** The anchor of a status group on the error page. */
export function statusAnchor(status: string): string {
  return `status-${status}`;
}

function responsesWith(spec: Spec, catalog: Catalog, operations: Operation[], status: string): StatusResponse[] {
  const byNode = new Map<unknown, StatusResponse>();
  for (const operation of operations) {
    const response = operation.responses.get(status);
    if (!response?.node) continue;
    const known = byNode.get(response.node);
    if (known) {
      known.operations.push(operation);
      continue;
    }
    const mediaType = jsonMediaType(response) ?? mediaTypesOf(response)[0];
    byNode.set(response.node, {
      description: response.node.description ?? '',
      operations: [operation],
      headers: Object.entries<Json>(response.node.headers ?? {}).map(([name, header]) => ({ name, description: deref<Json>(spec, header).description ?? '' })),
      examples: namedExamplesOf(spec, mediaType)
        .filter((example) => !(example.name in catalog.codes))
        .map((example) => ({ name: example.name, summary: valueAt(spec, example.at.slice(0, -1))?.summary, value: example.value })),
    });
  }
  return [...byNode.values()];
}

function byStatus(a: string, b: string): number {
  const rank = (status: string) => (status === 'default' ? 1000 : Number(status.replace(/X/gi, '0')) + (/X/i.test(status) ? 0.5 : 0));
  return rank(a) - rank(b);
}

function findOperation(operations: Operation[], id: string, code: string): Operation {
  const operation = operations.find((candidate) => candidate.id === id);
  if (!operation) throw new Error(`x-error-catalog: code "${code}" names operation "${id}", which the spec does not have`);
  return operation;
}

/**
 * The catalog names each error's example after its code; failing that, any
 * example under the status whose code field holds the error's value; failing
 * that, the smallest body that carries it.
 */
function exampleBody(spec: Spec, catalog: Catalog, code: string, entry: CatalogEntry, operations: Operation[]): unknown {
  const examples = operations.flatMap((operation) => mediaTypesOf(operation.responses.get(entry.status)).flatMap((mediaType) => namedExamplesOf(spec, mediaType)));
  const value = codeValue(code, entry);
  const carriesValue = (example: { value: unknown }) => codeIn(catalog, example.value) === value;
  const found = examples.find((example) => example.name === code && carriesValue(example)) ?? examples.find(carriesValue);
  return found ? found.value : bodyWithCode(catalog, value);
}
