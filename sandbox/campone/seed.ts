// CampOne's seed: the tenants and keys of sandbox/demo.json, and their sites
// and bookings. Tenant 1 owns what the contract's examples show (site 7 and
// booking 42, taken from those examples, so that reading them returns the
// documented answer exactly); tenant 2 owns the showcase site and booking that
// tenant 1 must not see. IDs are per tenant.
import type { Seed } from '../db/prepare.ts';
import { keyRows, readDemo } from '../demo.ts';
import type { Contract } from '../http/contract.ts';
import { scopesIn } from '../scopes.ts';

const API = 'campone';

export function campOneSeed(contract: Contract): Seed {
  const [first, second] = readDemo()[API]!.tenants;
  if (!first || !second) throw new Error('sandbox/demo.json: campone needs two tenants');
  const scopes = scopesIn(contract);
  const tenants = [first, second].map((tenant, index) => ({ id: index + 1, api: API, name: tenant.name }));
  const documentedSites: Record<string, unknown>[] = contract.example('listSites', '200', 'two_sites').results;
  const siteOf = (id: unknown) => documentedSites.find((site) => site.id === id) ?? contract.example('getSite', '200', 'pitch');
  const documentedBooking = contract.example('getBooking', '200', 'confirmed');

  const sites = [
    { tenant_id: 1, ...siteOf(first.siteId) },
    { tenant_id: 1, id: 8, name: 'Pitch 14', site_type: 'tent', max_guests: 4, is_active: true },
    { tenant_id: 1, id: 12, name: 'Riverside RV spot', site_type: 'rv', max_guests: 5, is_active: true },
    { tenant_id: 1, id: 15, name: 'Treehouse', site_type: 'glamping', max_guests: 2, is_active: false },
    { tenant_id: 2, ...siteOf(second.siteId) },
    { tenant_id: 2, id: 4, name: 'Boathouse pitch', site_type: 'tent', max_guests: 3, is_active: true },
  ];
  const guest = { guest_phone: null, notes: null };
  const bookings = [
    { tenant_id: 1, ...documentedBooking, id: first.bookingId },
    { tenant_id: 1, id: 41, site_id: 8, check_in_date: '2026-08-01', check_out_date: '2026-08-03', num_adults: 2, num_children: 0, guest_name: 'Alan Turing', guest_email: 'alan@example.com', ...guest, status: 'pending', created_at: '2026-05-20T14:00:00Z' },
    { tenant_id: 1, id: 40, site_id: 12, check_in_date: '2026-06-12', check_out_date: '2026-06-15', num_adults: 1, num_children: 2, guest_name: 'Mary Somerville', guest_email: 'mary@example.com', ...guest, status: 'cancelled', created_at: '2026-04-02T08:15:00Z' },
    { tenant_id: 2, id: second.bookingId, site_id: second.siteId, check_in_date: '2026-09-04', check_out_date: '2026-09-06', num_adults: 2, num_children: 0, guest_name: 'Emmy Noether', guest_email: 'emmy@example.com', ...guest, status: 'confirmed', created_at: '2026-05-02T11:45:00Z' },
  ];
  return {
    tables: [
      { table: 'tenants', rows: tenants },
      { table: 'api_keys', rows: [first, second].flatMap((tenant, index) => keyRows(index + 1, tenant.keys, scopes)) },
      { table: 'sites', rows: sites },
      { table: 'bookings', rows: bookings },
    ],
    // New bookings continue after the seeded IDs, per tenant.
    after: [`update sandbox.tenants t set next_booking = coalesce((select max(id) from sandbox.bookings b where b.tenant_id = t.id), 0) + 1 where api = '${API}'`],
  };
}
