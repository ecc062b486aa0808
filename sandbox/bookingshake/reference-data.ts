// BookingShake's reference data: the venue's own sources, spaces, event
// statuses and custom fields, each list whole in `data` (not paginated).
import type { Answer } from '../http/contract.ts';
import type { Call, Handler } from '../http/domain.ts';

/** A handler listing one table of the caller's venue, in the given order. */
function listOf(table: string, columns: string, order: string): Handler {
  return async ({ db, caller }: Call): Promise<Answer> => {
    const rows = await db.query<Record<string, unknown>>(`select ${columns} from sandbox.${table} where tenant_id = $1 order by ${order}`, [caller.tenantId]);
    // A column the venue left empty is left out, as an optional property is.
    const data = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)));
    return { status: 200, body: { data } };
  };
}

// Each list in the venue's own order, as its dashboard keeps it.
export const listSources = listOf('sources', 'id, slug, name', 'position, id');
export const listSpaces = listOf('spaces', 'id, name', 'position, id');
export const listEventStatuses = listOf('event_statuses', 'id, name', 'position, id');
export const listCustomFields = listOf('custom_fields', 'id, name, type', 'position, id');
