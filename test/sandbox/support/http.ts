// Requests to the run's sandbox (test/global-setup.ts), answers read whole:
// status, headers and the body as JSON when it is JSON.
import { inject } from 'vitest';

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

export interface RequestOptions {
  key?: string;
  /** A JSON value, sent as application/json; or raw text with `contentType`. */
  json?: unknown;
  text?: string | Uint8Array<ArrayBuffer>;
  contentType?: string;
  headers?: Record<string, string>;
}

/** A function sending requests to one API's sandbox. */
export function sandboxOf(api: string) {
  return async (method: string, path: string, { key, json, text, contentType, headers = {} }: RequestOptions = {}): Promise<Reply> => {
    const body = json !== undefined ? JSON.stringify(json) : text;
    const type = contentType ?? (json !== undefined ? 'application/json' : undefined);
    const response = await fetch(new URL(path, inject('sandboxUrls')[api]), {
      method,
      headers: { ...(key ? { Authorization: `Bearer ${key}` } : {}), ...(type ? { 'Content-Type': type } : {}), ...headers },
      body,
    });
    const raw = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, body: parsed, text: raw };
  };
}

/** An email address no other test uses, so that list filters find only what this test made. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}
