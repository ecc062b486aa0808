// A change between the baseline and today's bundle, as data: the gate rates
// it (impact), `npm run diff` prints it as a changelog line, and a changelog
// page can be built from the same list (Comparison.changes).
import type { Finding, Impact } from '../report/annotations.ts';

export type ChangeKind = 'added' | 'removed' | 'modified';

/**
 * One change. As a Finding it also carries the rule that rated it, its
 * message, and the place in a file (the bundle's, until the gate maps it onto
 * the hand-written YAML).
 */
export interface Change extends Finding {
  kind: ChangeKind;
  /** Where in the bundle, as a JSON pointer: `#/components/schemas/Booking/required`. */
  location: string;
  /** The value in the baseline; absent for an addition. */
  old?: unknown;
  /** The value today; absent for a removal. */
  new?: unknown;
}

/** How many changes of each impact. */
export function countByImpact(changes: Pick<Change, 'impact'>[]): Record<Impact, number> {
  const counts: Record<Impact, number> = { major: 0, minor: 0, patch: 0 };
  for (const change of changes) counts[change.impact] += 1;
  return counts;
}
