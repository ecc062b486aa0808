// CampOne bookings: every query is filtered by the caller's tenant first, so
// another tenant's booking or site is simply not there (404 not_found, 400
// site_not_found). IDs are per tenant, from the tenant's own counter. A create
// has no idempotency: sending it twice makes two bookings.
import type { Answer } from '../http/contract.ts';
import type { Call } from '../http/domain.ts';
import type { CampOneMessages } from './messages.ts';
import { pageOf } from './pages.ts';
import { BOOKING_COLUMNS, bookingOf, type BookingRow } from './rows.ts';

const FILTERS = `where tenant_id = $1
  and ($2::int is null or site_id = $2)
  and ($3::date is null or check_in_date = $3)
  and ($4::date is null or check_out_date = $4)
  and ($5::text is null or lower(guest_email) = lower($5))
  and ($6::timestamptz is null or created_at >= $6)`;

export async function listBookings({ db, caller, query, url }: Call): Promise<Answer> {
  const page = pageOf(url, query as { page: number; page_size: number });
  const filters = [caller.tenantId, query.site_id ?? null, query.check_in_date ?? null, query.check_out_date ?? null, query.guest_email ?? null, query.created_after ?? null];
  const [counted] = await db.query<{ total: number }>(`select count(*)::int as total from sandbox.bookings ${FILTERS}`, filters);
  const rows = await db.query<BookingRow>(`select ${BOOKING_COLUMNS} from sandbox.bookings ${FILTERS} order by created_at desc, id desc limit $7 offset $8`, [
    ...filters,
    page.size,
    page.offset,
  ]);
  return { status: 200, body: { ...page.links(counted?.total ?? 0), results: rows.map(bookingOf) } };
}

export async function getBooking({ db, caller, params, contract }: Call): Promise<Answer> {
  const [row] = await db.query<BookingRow>(`select ${BOOKING_COLUMNS} from sandbox.bookings where tenant_id = $1 and id = $2`, [caller.tenantId, params.id]);
  return row ? { status: 200, body: bookingOf(row) } : contract.answer({ code: 'not_found' });
}

/** A stay must end after it starts: a rule across two fields, reported under the whole-request key. */
export function stayProblems(messages: CampOneMessages, body: unknown): string[] {
  const { check_in_date: checkIn, check_out_date: checkOut } = (body ?? {}) as Record<string, unknown>;
  const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return isDay(checkIn) && isDay(checkOut) && checkOut <= checkIn ? [messages.checkOutBeforeCheckIn] : [];
}

export function createBooking(messages: CampOneMessages) {
  return async ({ db, caller, body, contract }: Call): Promise<Answer> => {
    const acrossFields = stayProblems(messages, body);
    if (acrossFields.length > 0) return { status: 400, body: { [messages.whole]: acrossFields } };
    const [site] = await db.query<{ is_active: boolean; max_guests: number }>('select is_active, max_guests from sandbox.sites where tenant_id = $1 and id = $2', [
      caller.tenantId,
      body.site_id,
    ]);
    if (!site) return contract.answer({ code: 'site_not_found' });
    // The contract leaves these refusals to the server; they are field-keyed prose.
    if (!site.is_active) return { status: 400, body: { site_id: ['This site is not open for booking.'] } };
    const party = body.num_adults + (body.num_children ?? 0);
    if (party > site.max_guests) return { status: 400, body: { [messages.whole]: [`This site holds at most ${site.max_guests} guests.`] } };
    const [row] = await db.query<BookingRow>(
      `with next as (update sandbox.tenants set next_booking = next_booking + 1 where id = $1 returning next_booking - 1 as id)
       insert into sandbox.bookings (tenant_id, id, site_id, check_in_date, check_out_date, num_adults, num_children, guest_name, guest_email, guest_phone, notes)
       select $1, next.id, $2, $3, $4, $5, $6, $7, $8, $9, $10 from next
       returning ${BOOKING_COLUMNS}`,
      [caller.tenantId, body.site_id, body.check_in_date, body.check_out_date, body.num_adults, body.num_children ?? 0, body.guest_name, body.guest_email, body.guest_phone ?? null, body.notes ?? null],
    );
    return { status: 201, body: bookingOf(row!) };
  };
}
