// The shape of a generated/<api>/contract.ts module, as the shared core reads
// it. Every API-specific fact the client acts on comes from here, never from a
// branch in src/core.

/** A recognisable error body: carries the code field, maps fields to messages, or is any JSON object. */
export type ErrorShape = 'code' | 'fields' | 'object';

export interface Contract {
  /** The first server of the spec; the default `baseUrl`. */
  readonly baseUrl: string;
  /** How the API key is sent: `header: prefix + key`. */
  readonly auth: { readonly header: string; readonly prefix: string } | null;
  /** Where an error body carries the code (or the documented message): property names from the body's root. */
  readonly codePath: readonly string[];
  /**
   * Each documented code: its status, and its exact documented message when the code field holds
   * that rather than the code itself. A body is given the code only at that status.
   */
  readonly codes: { readonly [code: string]: readonly [status: number, message?: string] };
  /** For each error status, the shapes its body may take. */
  readonly errorShapes: { readonly [status: string]: readonly ErrorShape[] };
  /** Rate-limit header names (lower case) by role, and where a 429 body repeats the wait. */
  readonly rateLimit: {
    readonly limit?: string;
    readonly remaining?: string;
    readonly reset?: string;
    readonly retryAfter?: string;
    /** Where a rate-limit body gives the seconds to wait, e.g. `['data', 'retryAfter']`. */
    readonly bodyRetryAfter?: readonly string[];
  } | null;
  /**
   * `"<method> <path>"` to the response keys the operation documents, space-separated
   * (`"200 204* 404 4XX default"`); `*` marks a response without a JSON body.
   */
  readonly operations: { readonly [operation: string]: string };
  /** Operations (`"<method> <path>"`) flagged `x-idempotent: false`: never sent twice by the client. */
  readonly nonIdempotent: readonly string[];
  /** Operations (`"<method> <path>"`) that take no credentials: the key is never sent to them. Absent when there are none. */
  readonly anonymous?: readonly string[];
  /** Paginated lists (GET paths) and how each pages. Absent when there are none. */
  readonly pages?: { readonly [path: string]: Paging };
}

/**
 * How a list pages, found in the contract by the generator (model/pagination.js), as a tuple to keep
 * the client small: the answer's property holding the items, the one that is null on the last page,
 * the query parameter that selects a page, and for page numbers the first page's number (absent for
 * a cursor, which is sent back as the answer's `next` value).
 */
export type Paging = readonly [items: string, next: string, param: string, first?: number];
