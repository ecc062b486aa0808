// BookingShake event creation, after the contract's schema has passed the
// body: the checks only the venue's data can make (real dates, its spaces and
// sources, a contact of the venue or its venue group), then the event, its
// bookings, a new contact and a draft quotation, written in one transaction.
// Not idempotent: every accepted request makes a new event.
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import type { Answer } from '../http/contract.ts';
import type { Call } from '../http/domain.ts';
import { MAX_INTEGER } from '../http/validation.ts';

interface BookingIn {
  date?: string;
  startTime?: string;
  endTime?: string;
  pax: number | string;
  space_id?: string;
}

interface ProductIn {
  title: string;
  quantity: number;
  price_without_tax: number;
  vat: number;
}

interface EventIn {
  bookings: BookingIn[];
  contact?: { first_name: string; last_name: string; email: string };
  contact_id?: string;
  source_slug?: string;
  source_id?: string;
  products?: ProductIn[];
}

const newId = (prefix: string) => `${prefix}_${randomBytes(5).toString('hex')}`;

/** `31-02-2025` has the right form, but no such day: the schema checks ranges only and leaves this to the server. */
function isRealDay(date: string): boolean {
  const [day, month, year] = date.split('-').map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/** `15-03-2025` → `2025-03-15`, for a `date` column. */
const isoDay = (date: string) => date.split('-').reverse().join('-');

export async function createEvent({ db, caller, body, contract }: Call): Promise<Answer> {
  const event = body as EventIn;
  if (event.bookings.some((booking) => booking.date !== undefined && !isRealDay(booking.date))) return contract.answer({ code: 'invalid_date_format' });
  // pax may come as a string of digits, which the generic check of whole numbers does not see.
  if (event.bookings.some((booking) => Number(booking.pax) > MAX_INTEGER)) return contract.prose(400, `pax must be at most ${MAX_INTEGER}`);

  const source = await sourceOf(db, caller.tenantId, event);
  if (source === null) return contract.answer({ code: 'invalid_source' });

  const spaces = await db.query<{ id: string; is_default: boolean }>('select id, is_default from sandbox.spaces where tenant_id = $1', [caller.tenantId]);
  const known = new Set(spaces.map((space) => space.id));
  if (event.bookings.some((booking) => booking.space_id !== undefined && !known.has(booking.space_id))) return contract.answer({ code: 'invalid_space_id' });
  const fallback = spaces.find((space) => space.is_default)?.id;

  if (event.contact_id !== undefined) {
    const [contact] = await db.query<{ tenant_id: number; same_group: boolean }>(
      `select c.tenant_id, (mine.venue_group is not null and mine.venue_group = theirs.venue_group) as same_group
       from sandbox.contacts c join sandbox.tenants theirs on theirs.id = c.tenant_id join sandbox.tenants mine on mine.id = $2
       where c.id = $1`,
      [event.contact_id, caller.tenantId],
    );
    // The guide answers only a contact of another venue; an ID that names no contact at all is refused as unknown, in prose.
    if (!contact) return contract.prose(400, 'Unknown contact_id');
    if (contact.tenant_id !== caller.tenantId && !contact.same_group) return contract.answer({ code: 'contact_not_in_venue' });
  }

  const created = await db.transaction(async (tx) => {
    const contactId = event.contact_id ?? (await newContact(tx, caller.tenantId, event.contact!));
    const eventId = newId('evt');
    await tx.query('insert into sandbox.events (id, tenant_id, contact_id, source_id) values ($1, $2, $3, $4)', [eventId, caller.tenantId, contactId, source ?? null]);
    for (const [position, booking] of event.bookings.entries()) {
      await tx.query(
        'insert into sandbox.event_bookings (event_id, position, tenant_id, day, start_time, end_time, pax, space_id) values ($1, $2, $3, $4, $5, $6, $7, $8)',
        [eventId, position, caller.tenantId, booking.date ? isoDay(booking.date) : null, booking.startTime ?? null, booking.endTime ?? null, Number(booking.pax), booking.space_id ?? fallback],
      );
    }
    const quotationId = event.products?.length ? await newQuotation(tx, eventId, event.products) : undefined;
    return { event_id: eventId, contact_id: contactId, ...(quotationId ? { quotation_id: quotationId } : {}) };
  });
  return { status: 200, body: { data: created } };
}

/** The source's ID, undefined when none was named, null when the one named is not the venue's. */
async function sourceOf(db: Queryable, tenantId: number, event: EventIn): Promise<string | null | undefined> {
  if (event.source_slug === undefined && event.source_id === undefined) return undefined;
  const [row] = await db.query<{ id: string }>('select id from sandbox.sources where tenant_id = $1 and (slug = $2 or id = $3)', [tenantId, event.source_slug ?? null, event.source_id ?? null]);
  return row?.id ?? null;
}

async function newContact(tx: Queryable, tenantId: number, contact: NonNullable<EventIn['contact']>): Promise<string> {
  const id = newId('contact');
  await tx.query('insert into sandbox.contacts (id, tenant_id, first_name, last_name, email) values ($1, $2, $3, $4, $5)', [id, tenantId, contact.first_name, contact.last_name, contact.email]);
  return id;
}

async function newQuotation(tx: Queryable, eventId: string, products: ProductIn[]): Promise<string> {
  const id = newId('quote');
  await tx.query('insert into sandbox.quotations (id, event_id) values ($1, $2)', [id, eventId]);
  for (const [position, product] of products.entries()) {
    await tx.query('insert into sandbox.quotation_lines (quotation_id, position, title, quantity, price_without_tax, vat) values ($1, $2, $3, $4, $5, $6)', [
      id,
      position,
      product.title,
      product.quantity,
      product.price_without_tax,
      product.vat,
    ]);
  }
  return id;
}
