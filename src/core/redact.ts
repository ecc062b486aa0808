// Keeps secrets out of errors. The API key travels in a header, so it never
// reaches an error unless something echoes it back: a server quoting it in a
// body or a header, a key pasted into a path or a query string, a custom fetch
// that puts the request into its exception. Each of those passes through here
// first. Masking comes after reading: codes and messages are matched on what
// the server sent, and only what is kept or printed is masked.

/** Replaces every known secret in a text. */
export type Redactor = (text: string) => string;

/**
 * Each client's masker, for procedures in entries of their own (CampOne's
 * create-booking) that hold only the client. A WeakMap, not a property: the
 * client shows nothing more when inspected, and its masker goes with it.
 */
export const redactors = new WeakMap<object, Redactor>();

const MASK = '***';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Masks one secret, the API key (a client has no other), as it is written and
 * as URLs encode it (`/`, `+`, `=` percent-encoded, in either case of hex).
 * Only whole occurrences: not next to a letter, digit or `_`, so a short key
 * (`k`, `Invalid`) leaves the words it is part of alone; a neighbouring
 * percent-escape (`Bearer%20key`) counts as a boundary. Without a key, changes nothing.
 */
export function redactor(secret: string | undefined): Redactor {
  if (!secret) return (text) => text;
  const encoded = encodeURIComponent(secret);
  const forms = [secret, encoded, encoded.replace(/%../g, (hex) => hex.toLowerCase())].map(escape).join('|');
  const pattern = RegExp(`(?:(?<!\\w)|(?<=%\\w\\w))(?:${forms})(?:(?!\\w)|(?=%\\w\\w))`, 'g');
  return (text) => text.replace(pattern, MASK);
}

/**
 * The URL without credentials and with every query value masked: which
 * parameters hold secrets is unknowable (`?sig=`, `?x=`), and the names are
 * enough to debug with. Known secrets are masked in the path too.
 */
export function redactUrl(url: string, redact: Redactor): string {
  return redact(url.replace(/\/\/[^/?#]*@/, '//').replace(/=[^&#]*/g, `=${MASK}`));
}

/**
 * A JSON value with every known secret masked in its strings, never in its
 * object keys, and never in a string that is exactly one of `keep` (the
 * catalog's codes and messages, which must read as documented).
 */
export function redactValue<T>(value: T, redact: Redactor, keep?: ReadonlySet<unknown>): T {
  // A replacer sees values, never keys; JSON.parse defines a body's `__proto__` as a plain key.
  return value === undefined ? value : JSON.parse(JSON.stringify(value, (_, item) => (typeof item === 'string' && !keep?.has(item) ? redact(item) : item)));
}

/** A header list with the secret masked in every value (a server may echo the key in one). */
export const redactHeaders = (headers: Headers, redact: Redactor): Headers => new Headers([...headers].map(([name, value]) => [name, redact(value)]));

/**
 * The cause to attach to an error: always a plain copy, because what a thrown
 * value holds is unknowable (a Request with its Authorization header, an
 * axios-style `config.headers`, a socket). The copy keeps what helps to
 * debug, each text masked: name, message, stack, primitive fields (`code`,
 * `errno`, `syscall`), the cause chain and an AggregateError's `errors`.
 * Objects in other fields are dropped.
 */
export function safeCause(error: unknown, redact: Redactor, depth = 0): unknown {
  if (typeof error === 'string') return redact(error);
  if (!error || typeof error !== 'object') return typeof error === 'function' ? undefined : error;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) if (value === null || /^[snb]/.test(typeof value)) copy[key] = safeCause(value, redact);
  if (!(error instanceof Error)) return copy;
  const clean: Error & { errors?: unknown[] } = Object.assign(new Error(redact(error.message)), copy, { name: error.name, stack: redact(`${error.stack}`) });
  const { errors } = error as { errors?: unknown };
  // Chains are short; the bound stops a cause that points back at its error.
  if (depth < 8 && 'cause' in error) clean.cause = safeCause(error.cause, redact, depth + 1);
  if (depth < 8 && Array.isArray(errors)) clean.errors = errors.map((item) => safeCause(item, redact, depth + 1));
  return clean;
}
