// CampOne bodies used across the client tests.
import type { components } from '../../../generated/campone/schema.js';

export const booking: components['schemas']['Booking'] = {
  id: 42,
  site_id: 7,
  check_in_date: '2026-07-10',
  check_out_date: '2026-07-14',
  num_adults: 2,
  num_children: 1,
  guest_name: 'Ada Lovelace',
  guest_email: 'ada@example.com',
  guest_phone: null,
  notes: null,
  status: 'pending',
  created_at: '2026-06-01T09:30:00Z',
};

export const newBooking: components['schemas']['BookingCreate'] = {
  site_id: 7,
  check_in_date: '2026-07-10',
  check_out_date: '2026-07-14',
  num_adults: 2,
  num_children: 1,
  guest_name: 'Ada Lovelace',
  guest_email: 'ada@example.com',
};

export function page(...results: components['schemas']['Booking'][]): components['schemas']['BookingPage'] {
  return { count: results.length, next: null, previous: null, results };
}
