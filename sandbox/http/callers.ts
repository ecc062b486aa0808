// Who is calling, and how much of their rate limit is left: one call looks
// the key up and, when it is active, counts the request in its window. One
// round trip instead of two, on the path every request takes.
import type { Queryable } from '../db/database.ts';

export interface Identified {
  tenantId: number;
  scopes: string[];
  active: boolean;
  /** The window after counting this request; absent when the key is not active (nothing is counted). */
  window?: { limit: number; hits: number; resetAt: number; now: number; windowSeconds: number };
}

interface Row {
  tenant_id: number;
  scopes: string[];
  active: boolean;
  lim: number;
  window_seconds: number;
  hits: number | null;
  reset_at: number | null;
  now: number;
}

// sandbox.identify (db/schema.sql) does both in one call.
const IDENTIFY = 'select * from sandbox.identify($1, $2, $3, $4, $5)';

export interface IdentifyOptions {
  api: string;
  token: string;
  /** What the window counts: `*` for every request of the key, or an operation's key. */
  bucket: string;
  /** The contract's limit and the API's window, unless the key has its own. */
  limit: number;
  windowSeconds: number;
}

/** The key's owner, scopes and window; undefined for a key this API does not know. */
export async function identify(db: Queryable, { api, token, bucket, limit, windowSeconds }: IdentifyOptions): Promise<Identified | undefined> {
  const [row] = await db.query<Row>(IDENTIFY, [token, api, limit, windowSeconds, bucket]);
  if (!row) return undefined;
  const window =
    row.hits === null || row.reset_at === null ? undefined : { limit: row.lim, hits: row.hits, resetAt: row.reset_at, now: row.now, windowSeconds: row.window_seconds };
  return { tenantId: row.tenant_id, scopes: row.scopes, active: row.active, window };
}
