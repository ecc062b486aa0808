// The changes `npm run diff` found, as a changelog an integrator can read:
// one line per change with its impact, kind, where it shows in the API, the
// old and the new value, and the rule's own words; plus, for the author, the
// hand-written file and line it maps to.
import type { Change } from '../gate/changes.ts';

const WIDTH = 60;

/**
 * `GET /bookings/ › responses › 200 › results[].guest_email`: a JSON path as
 * a reader names the place, the operation first, without the nesting words of
 * JSON Schema (media types, `schema`, `properties`, `allOf/1`).
 */
export function readableLocation(path: string[]): string {
  const [root, ...rest] = path;
  if (root === 'paths' && rest.length === 1) return rest[0]!;
  const parts = root === 'paths' && rest.length >= 2 ? [`${rest[1]!.toUpperCase()} ${rest[0]}`] : root === undefined ? [] : [root];
  const tail = root === 'paths' ? rest.slice(2) : rest;
  // A field inside a body, built up as `results[].guest_email` and written out when another kind of step follows.
  let field: string | undefined;
  const flush = () => {
    if (field !== undefined) parts.push(field);
    field = undefined;
  };
  for (let index = 0; index < tail.length; index++) {
    const segment = tail[index]!;
    const next = tail[index + 1];
    if (segment === 'content' && next?.includes('/')) index++;
    else if (['allOf', 'oneOf', 'anyOf'].includes(segment) && /^\d+$/.test(next ?? '')) index++;
    else if (segment === 'schema') continue;
    else if (segment === 'properties' && next !== undefined) {
      field = field === undefined ? next : `${field}.${next}`;
      index++;
    } else if (segment === 'items') field = `${field ?? ''}[]`;
    else {
      flush();
      parts.push(segment);
    }
  }
  flush();
  return parts.join(' › ') || '(the whole description)';
}

/** A value in a few characters: JSON, cut with `…` when long; `(none)` when absent. */
export function shortValue(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= WIDTH ? text : `${text.slice(0, WIDTH - 1)}…`;
}

/** Before → after; for lists of plain values only what differs (the rest is `…`), for long texts only the part that differs. */
export function beforeToAfter(change: Pick<Change, 'before' | 'after'>): string {
  const { before, after } = change;
  const plain = (value: unknown): value is (string | number | boolean | null)[] => Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object');
  if (plain(before) && plain(after)) {
    const kept = before.filter((item) => after.includes(item));
    const side = (list: unknown[]) => `[${[...(kept.length > 0 ? ['…'] : []), ...list.filter((item) => !kept.includes(item as never)).map((item) => JSON.stringify(item))].join(', ')}]`;
    return `${side(before)} → ${side(after)}`;
  }
  if (typeof before === 'string' && typeof after === 'string' && (before.length > WIDTH || after.length > WIDTH)) {
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
  const where = `${readableLocation(change.path)}${change.property ? ` › ${change.property}` : ''}`;
  const message = change.message ? `  ${change.message}` : '';
  const at = change.source?.file ? ` (${[change.source.file, change.source.line, change.source.col].filter((part) => part !== undefined).join(':')})` : '';
  return `  ${change.impact.padEnd(5)}  ${change.kind.padEnd(8)}  ${where}: ${beforeToAfter(change)}${message}${at}`;
}
