// Copy-paste curl commands for the start-up banner, with shell quoting done
// once here.

/** A string as one single-quoted shell word. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface CurlOptions {
  key?: string;
  method?: string;
  body?: unknown;
  /** Print the status line and headers too (`-i`). */
  headers?: boolean;
}

export function curl(url: string, { key, method, body, headers }: CurlOptions = {}): string {
  const parts = ['curl -s'];
  if (headers) parts.push('-i');
  if (method && method !== 'GET') parts.push(`-X ${method}`);
  if (key) parts.push(`-H ${shellQuote(`Authorization: Bearer ${key}`)}`);
  if (body !== undefined) parts.push(`-H 'Content-Type: application/json' -d ${shellQuote(JSON.stringify(body))}`);
  parts.push(shellQuote(url));
  return parts.join(' ');
}
