// The `x-error-catalog` extension, typed. Its JSON Schema is
// openapi/error-catalog.schema.json; validate against that before trusting it.
export type Status = `${number}`;

export interface ErrorCatalogEntry {
  status: Status;
  /** operationIds where the error can occur, or `all`. */
  operations: 'all' | string[];
  meaning: string;
  /** For APIs whose code field holds prose: the exact documented text of this error. */
  message?: string;
  /** Request-body schema violations this error stands for (JSON pointer with `*` segments, and the failing keyword). */
  violations?: { path: string; keyword: string }[];
}

export interface ErrorCatalog {
  /** Body property that carries the code (or message), e.g. `detail`. */
  codeField: string;
  profile: {
    required: {
      all: Status[];
      withPathParameters?: Status[];
      withQueryParameters?: Status[];
      withRequestBody?: Status[];
    };
    schemas: Record<Status, string[]>;
    rateLimit?: { status: Status; headers: string[]; bodyRetryAfter?: string };
    isolation?: {
      missingResource?: Status;
      scopeFailure?: Status;
      /** The components/responses name of the only response allowed for `scopeFailure`. */
      scopeFailureResponse?: string;
      /** Request fields naming a tenant-owned resource, with the catalog code a foreign value gets. */
      foreignReferences?: { in: 'body' | 'query'; name: string; code: string }[];
    };
  };
  codes: Record<string, ErrorCatalogEntry>;
}

/** Whether the catalog entry applies to the operation with this id. */
export function occursIn(entry: ErrorCatalogEntry, operationId: string): boolean {
  return entry.operations === 'all' || entry.operations.includes(operationId);
}

/** The value the code field holds for this error: its documented message, or the code itself. */
export function codeValue(code: string, entry: ErrorCatalogEntry): string {
  return entry.message ?? code;
}
