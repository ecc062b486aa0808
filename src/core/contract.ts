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
  /** Body property that carries the error code (or the documented message). */
  readonly codeField: string;
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
    /** JSON pointer to the seconds to wait in a rate-limit body, e.g. `/data/retryAfter`. */
    readonly bodyRetryAfter?: string;
  } | null;
  /**
   * `"<method> <path>"` to the response keys the operation documents, space-separated
   * (`"200 204* 404 4XX default"`); `*` marks a response without a JSON body.
   */
  readonly operations: { readonly [operation: string]: string };
  /** Operations (`"<method> <path>"`) flagged `x-idempotent: false`: never sent twice by the client. */
  readonly nonIdempotent: readonly string[];
}
