// Who is calling, and how much of their rate limit is left: one statement
// looks the key up and, when it is active, counts the request in its window.
// One round trip instead of two, on the path every request takes.
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

// A window starts with the first request after the last one ended, and lasts
// `span`; the row's lock serialises concurrent requests, in one process or many.
const IDENTIFY = `
with key as (
  select k.token, k.tenant_id, k.scopes,
         not k.revoked and (k.expires_at is null or k.expires_at > now()) as active,
         coalesce(k.rate_limit, $3::int) as lim,
         coalesce(k.rate_window_seconds, $4::int) as window_seconds
  from sandbox.api_keys k join sandbox.tenants t on t.id = k.tenant_id
  where k.token = $1 and t.api = $2
), hit as (
  insert into sandbox.rate_windows as w (token, bucket, started_at, span, hits)
  select token, $5, now(), make_interval(secs => window_seconds), 1 from key where active
  on conflict (token, bucket) do update set
    started_at = case when w.started_at + w.span <= excluded.started_at then excluded.started_at else w.started_at end,
    hits = case when w.started_at + w.span <= excluded.started_at then 1 else w.hits + 1 end,
    span = excluded.span
  returning hits, extract(epoch from started_at + span)::float8 as reset_at
)
select key.tenant_id, key.scopes, key.active, key.lim, key.window_seconds, hit.hits, hit.reset_at, extract(epoch from now())::float8 as now
from key left join hit on true`;

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
