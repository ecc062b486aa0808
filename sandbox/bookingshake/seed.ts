// BookingShake's seed: the venues and keys of sandbox/demo.json, plus a third
// venue in the first one's venue group (whose contacts the first may use).
// Venue 1's sources, spaces, statuses and custom fields are the contract's own
// examples, in their order, so its GET answers are exactly the documented
// ones; each venue has a default space, used by a booking that names none.
import type { Seed } from '../db/prepare.ts';
import { keyRows, readDemo, type DemoTenant } from '../demo.ts';
import type { Contract } from '../http/contract.ts';
import { scopesIn } from '../scopes.ts';

const API = 'bookingshake';
/** Venue IDs, apart from CampOne's tenants. */
const FIRST_ID = 101;
/** A venue of the first venue's group, known to the seed only. */
const GROUP_MEMBER: DemoTenant & { venueGroup: string } = {
  name: 'Le Petit Salon',
  venueGroup: 'Maison Lumière',
  keys: { readWrite: 'bks_test_petit_salon' },
  contactId: 'contact_8b41c2',
};

export function bookingShakeSeed(contract: Contract): Seed {
  const [first, second] = readDemo()[API]!.tenants;
  if (!first || !second) throw new Error('sandbox/demo.json: bookingshake needs two venues');
  const venues = [first, second, GROUP_MEMBER];
  const id = (index: number) => FIRST_ID + index;
  const scopes = scopesIn(contract);
  const documented = (operationId: string, example: string): Record<string, unknown>[] => contract.example(operationId, '200', example).data;
  const of = (index: number, rows: Record<string, unknown>[]): Record<string, unknown>[] => rows.map((row, position) => ({ tenant_id: id(index), ...row, position }));

  return {
    tables: [
      { table: 'tenants', rows: venues.map((venue, index) => ({ id: id(index), api: API, name: venue.name, venue_group: venue.venueGroup ?? null })) },
      { table: 'api_keys', rows: venues.flatMap((venue, index) => keyRows(id(index), venue.keys, scopes)) },
      {
        table: 'contacts',
        rows: [
          { id: first.contactId, tenant_id: id(0), first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.com' },
          { id: second.contactId, tenant_id: id(1), first_name: 'Hedy', last_name: 'Lamarr', email: 'hedy@example.com' },
          { id: GROUP_MEMBER.contactId, tenant_id: id(2), first_name: 'Ida', last_name: 'Rhodes', email: 'ida@example.com' },
        ],
      },
      {
        table: 'spaces',
        rows: [
          ...of(0, documented('listSpaces', 'two_spaces')).map((space) => ({ ...space, is_default: space.id === first.spaceId })),
          ...of(1, [{ id: second.spaceId, name: 'Terrace', is_default: true }, { id: 'space_cellar', name: 'Vaulted cellar', is_default: false }]),
          ...of(2, [{ id: 'space_petit_salon', name: 'Le petit salon', is_default: true }]),
        ],
      },
      {
        table: 'sources',
        rows: [
          ...of(0, documented('listSources', 'two_sources')),
          ...of(1, [{ id: second.sourceId, slug: second.sourceSlug, name: 'Phone' }, { id: 'src_4e19a8', slug: 'walk-in', name: 'Walk-in' }]),
          ...of(2, [{ id: 'src_2a6f51', slug: 'website', name: 'Website' }]),
        ],
      },
      {
        table: 'event_statuses',
        rows: [
          ...of(0, documented('listEventStatuses', 'pipeline')),
          ...of(1, [{ id: 'status_enquiry', name: 'Enquiry' }, { id: 'status_booked', name: 'Booked' }]),
          ...of(2, [{ id: 'status_new', name: 'New' }]),
        ],
      },
      {
        table: 'custom_fields',
        rows: [...of(0, documented('listCustomFields', 'two_fields')), ...of(1, [{ id: 'field_allergies', name: 'Allergies', type: 'text' }]), ...of(2, [])],
      },
    ],
    after: [],
  };
}
