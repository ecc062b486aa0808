// The changes `npm run diff` found, as a changelog an integrator can read:
// one line per change with its impact, kind, where it is in the API, the old
// and the new value, and the rule's own words; plus, for the author, the
// hand-written file and line it maps to.
import type { Change } from '../gate/changes.ts';
import { toPath } from '../../model/pointer.js';

const WIDTH = 60;

/** `GET /bookings/ › responses › 404`, `components › schemas › Booking › required`: a pointer as a reader names the place. */
export function readableLocation(location: string): string {
  const path = toPath(location);
  if (path[0] === 'paths' && path.length >= 3) return [`${path[2]!.toUpperCase()} ${path[1]}`, ...path.slice(3)].join(' › ');
  if (path[0] === 'paths' && path.length === 2) return path[1]!;
  return path.join(' › ') || '(the whole description)';
}

/** A value in a few characters: JSON, cut with `…` when long; `(none)` when absent. */
export function shortValue(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= WIDTH ? text : `${text.slice(0, WIDTH - 1)}…`;
}

/** Old and new, for lists of plain values only what differs (the rest is `…`), so a long `required` list shows its one change. */
export function oldToNew(change: Pick<Change, 'old' | 'new'>): string {
  const { old: before, new: after } = change;
  const plain = (value: unknown): value is (string | number | boolean | null)[] => Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object');
  if (plain(before) && plain(after)) {
    const kept = before.filter((item) => after.includes(item));
    const side = (list: unknown[]) => `[${[...(kept.length > 0 ? ['…'] : []), ...list.filter((item) => !kept.includes(item as never)).map((item) => JSON.stringify(item))].join(', ')}]`;
    return `${side(before)} → ${side(after)}`;
  }
  if (typeof before === 'string' && typeof after === 'string' && (before.length > WIDTH || after.length > WIDTH)) {
    // Long texts that differ in a few words: only the part that differs, with a little context.
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let end = 0;
    while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
    const from = Math.max(start - 10, 0);
    const part = (text: string) => `${from > 0 ? '…' : ''}${text.slice(from, text.length - Math.max(end - 10, 0))}${end > 10 ? '…' : ''}`;
    return `${shortValue(part(before))} → ${shortValue(part(after))}`;
  }
  return `${shortValue(before)} → ${shortValue(after)}`;
}

/** One changelog line. */
export function changeLine(change: Change): string {
  const source = change.file ? ` (${[change.file, change.line, change.col].filter((part) => part !== undefined).join(':')})` : '';
  const message = change.message ? `  ${change.message}` : '';
  return `  ${change.impact.padEnd(5)}  ${change.kind.padEnd(8)}  ${readableLocation(change.location)}: ${oldToNew(change)}${message}${source}`;
}
