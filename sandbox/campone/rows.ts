// CampOne's rows as its contract shows them: a booking or a site in the
// shape of its schema, from a database row.

export interface BookingRow {
  id: number;
  site_id: number;
  check_in_date: string;
  check_out_date: string;
  num_adults: number;
  num_children: number;
  guest_name: string;
  guest_email: string;
  guest_phone: string | null;
  notes: string | null;
  status: string;
  created_ms: number;
}

/** The columns of a booking, selected so that no driver converts them (dates as text, the time as epoch milliseconds). */
export const BOOKING_COLUMNS = `id, site_id, check_in_date::text, check_out_date::text, num_adults, num_children, guest_name, guest_email,
  guest_phone, notes, status, (extract(epoch from created_at) * 1000)::float8 as created_ms`;

export function bookingOf(row: BookingRow) {
  const { created_ms, ...rest } = row;
  // Whole seconds are written without a fraction, as the contract's examples write them.
  return { ...rest, created_at: new Date(Math.floor(created_ms)).toISOString().replace('.000Z', 'Z') };
}

export const SITE_COLUMNS = 'id, name, site_type, max_guests, is_active';
