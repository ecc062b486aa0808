// The live check's target: an absolute http(s) base URL, or a one-line
// UserError before any request is sent. A bare `localhost:4020` parses as a
// URL with the scheme `localhost:`, and `htp://…` as one with the scheme
// `htp:`; neither is a server to send requests to.
import { UserError } from '../../model/input.js';

/** The target as a base URL without a trailing slash: absolute http(s), with a host, and without credentials in it (they would be printed). */
export function parseTarget(text: string): string {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.hostname === '' || !/^https?:\/\//i.test(text)) {
    throw new UserError(`--target: "${text}" is not an absolute http(s) URL (e.g. http://127.0.0.1:4020)`);
  }
  if (url.username || url.password) throw new UserError('--target: credentials in the URL are not accepted (they would be printed); pass the key with --api-key or CONFORMANCE_API_KEY');
  if (url.search || url.hash) throw new UserError(`--target: "${text}" has a query or fragment; give the base URL only`);
  return url.href.replace(/\/+$/, '');
}
