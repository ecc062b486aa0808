// The catalog a generator works from: checked by the same reader as the lint
// rules, because generated code trusts it (a malformed catalog would become a
// client that misreads errors).
import { readCatalog, type Catalog } from '../../model/catalog.js';
import { UserError } from '../../model/input.js';
import type { Spec } from '../../model/spec.js';

/** The spec's catalog, undefined when it has none; a UserError naming `source` when it is malformed. */
export function catalogForCodegen(spec: Spec, source: string): Catalog | undefined {
  if (spec['x-error-catalog'] === undefined) return undefined;
  const { catalog, problem } = readCatalog(spec);
  if (problem) throw new UserError(`${source}: ${problem.message}`);
  return catalog;
}
