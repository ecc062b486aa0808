// Reading a bundled spec: its operations, their responses and named examples.
// Shared by tests, the conformance suite and the docs build so that each walks
// the spec the same way.
import { readFileSync } from 'node:fs';
import { locate } from '../../rules/lib/openapi.js';
import type { ApiEntry } from './apis.ts';
import type { ErrorCatalog } from './catalog.ts';

export type Json = Record<string, any>;

export interface BundledSpec extends Json {
  openapi: string;
  paths: Record<string, Record<string, Json>>;
  components?: Json;
  'x-error-catalog'?: ErrorCatalog;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface Operation {
  path: string;
  method: (typeof HTTP_METHODS)[number];
  operationId: string;
  operation: Json;
  /** Path-level and operation-level parameters, resolved. */
  parameters: Json[];
}

export interface NamedExample {
  name: string;
  value: unknown;
}

export function loadBundle(api: Pick<ApiEntry, 'bundle'>): BundledSpec {
  return JSON.parse(readFileSync(api.bundle, 'utf8')) as BundledSpec;
}

/** Follow local `#/...` references until a non-reference object is reached (the rules' own walker does the following). */
export function deref<T = Json>(spec: Json, node: unknown): T {
  const found = locate(spec, node, []);
  if (found.node === undefined) throw new Error(`cannot resolve $ref ${found.ref}`);
  return found.node as T;
}

export function listOperations(spec: BundledSpec): Operation[] {
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(spec.paths ?? {})) {
    const item = deref(spec, rawItem);
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p: unknown) => deref(spec, p));
      operations.push({ path, method, operationId: operation.operationId ?? `${method} ${path}`, operation, parameters });
    }
  }
  return operations;
}

/** The named examples of a media type object, with `$ref`s to components/examples resolved. */
export function namedExamples(spec: Json, mediaType: Json | undefined): NamedExample[] {
  if (!mediaType) return [];
  return Object.entries(mediaType.examples ?? {}).map(([name, example]) => ({
    name,
    value: deref<Json>(spec, example).value,
  }));
}

/** The responses of an operation, resolved, keyed by status. */
export function responsesOf(spec: Json, operation: Operation): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(operation.operation.responses ?? {}).map(([status, response]) => [status, deref(spec, response)]),
  );
}
