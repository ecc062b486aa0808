// A change between the baseline and today's bundle, as data: the gate rates
// it (impact), `npm run diff` prints it as a changelog line, and the docs'
// changelog page is built from the same list (Comparison.changes).
import type { Finding, Impact } from '../report/annotations.ts';

export interface Change {
  impact: Impact;
  /** `added`, `removed` or `modified`. */
  kind: string;
  /**
   * Where it shows, as JSON path segments: the place an integrator meets it,
   * e.g. the first operation that uses a changed shared schema
   * (`paths › /bookings/ › post › requestBody › …`), or `x-error-catalog ›
   * codes › not_found`. As a JSON pointer: `toPointer(path)`.
   */
  path: string[];
  /** The changed keyword of a modified object, e.g. `maxLength`, `required`. */
  property?: string;
  /** The baseline's value; absent for an addition. */
  before?: unknown;
  /** Today's value; absent for a removal. */
  after?: unknown;
  /** The rules' own words, when a rule rated the change. */
  message?: string;
  /** Where an author edits it: the place the (first) rule named, or the change's; set by compareSpecs on the bundle, moved onto the hand-written YAML by `npm run diff`. */
  source?: Finding;
}

/** How many changes of each impact. */
export function countByImpact(changes: Pick<Change, 'impact'>[]): Record<Impact, number> {
  const counts: Record<Impact, number> = { major: 0, minor: 0, patch: 0 };
  for (const change of changes) counts[change.impact] += 1;
  return counts;
}
