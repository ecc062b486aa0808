// Keeps secrets out of errors. The API key travels in a header, so it never
// reaches an error unless something echoes it back: a server quoting it in a
// body, a key pasted into a query string, a custom fetch that puts request
// headers into its exception. Each of those passes through here first.

/** Replaces every known secret in a text. */
export type Redactor = (text: string) => string;

const MASK = '***';

/** Masks one secret, the API key (a client has no other); without one, changes nothing. */
export function redactor(secret: string | undefined): Redactor {
  return (text) => (secret ? text.split(secret).join(MASK) : text);
}

/**
 * The URL without credentials and with every query value masked: which
 * parameters hold secrets is unknowable (`?sig=`, `?x=`), and the names are
 * enough to debug with. Known secrets are masked in the path too.
 */
export function redactUrl(url: string, redact: Redactor): string {
  return redact(url.replace(/\/\/[^/?#]*@/, '//').replace(/=[^&#]*/g, `=${MASK}`));
}

/** A JSON value with every known secret removed from its strings (and keys). */
export function redactValue<T>(value: T, redact: Redactor): T {
  if (value === undefined) return value;
  // Strings too go through their JSON text, as objects do (one path, fewer bytes): an API key has
  // no character JSON escapes (quote, backslash, control), so it reads the same there.
  const json = JSON.stringify(value);
  const clean = redact(json);
  return clean === json ? value : (JSON.parse(clean) as T);
}

/**
 * The cause to attach to an error: the original when nothing in its chain
 * mentions a secret (keeps its type, stack and causes for debugging), else a
 * plain copy of the outer error with the secret masked and the chain dropped.
 */
export function safeCause(error: unknown, redact: Redactor): unknown {
  let text = '';
  for (let link = error; link instanceof Error; link = link.cause) text += `${link.message}${link.stack}`;
  if (!(error instanceof Error)) return redactValue(error, redact);
  if (redact(text) === text) return error;
  const copy = new Error(redact(error.message));
  copy.name = error.name;
  copy.stack = redact(`${error.stack}`);
  return copy;
}
