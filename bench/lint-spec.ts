// Builds a large CampOne-style spec for the lint benchmark: the real bundled
// CampOne contract with its paths copied under numbered prefixes, so every
// copy has the same operations, shared components and catalog as the real one.
// The result is one self-contained JSON file, like generated/<api>/openapi.json.
import type { Catalog } from '../model/catalog.js';
import { HTTP_METHODS, type Spec } from '../model/spec.js';

type BundledSpec = Spec & { paths: Record<string, Record<string, any>>; 'x-error-catalog'?: Catalog };

/** A copy of `base` with about `operations` operations (rounded up to whole copies of its paths). */
export function scaleSpec(spec: Spec, operations: number): BundledSpec {
  const base = spec as BundledSpec;
  const baseOperations = Object.values(base.paths).flatMap((item) => HTTP_METHODS.filter((method) => item[method]));
  const copies = Math.ceil(operations / baseOperations.length);
  const paths: BundledSpec['paths'] = {};
  const renamed = new Map<string, string[]>();
  for (let copy = 1; copy <= copies; copy++) {
    for (const [path, item] of Object.entries(base.paths)) {
      const clone = structuredClone(item);
      for (const method of HTTP_METHODS) {
        const operation = clone[method];
        if (!operation?.operationId) continue;
        const id = `${operation.operationId}${copy}`;
        renamed.set(operation.operationId, [...(renamed.get(operation.operationId) ?? []), id]);
        operation.operationId = id;
      }
      // `/api/v1/public/bookings/` becomes `/api/v1/public/t7/bookings/`.
      paths[path.replace(/^(\/[^/]+\/[^/]+\/[^/]+)/, `$1/t${copy}`)] = clone;
    }
  }
  const catalog = structuredClone(base['x-error-catalog']);
  if (catalog) {
    for (const entry of Object.values(catalog.codes)) {
      if (entry.operations !== 'all') entry.operations = entry.operations.flatMap((id) => renamed.get(id) ?? [id]);
    }
  }
  return { ...base, paths, 'x-error-catalog': catalog };
}
