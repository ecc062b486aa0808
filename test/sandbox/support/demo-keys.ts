// The demo keys of sandbox/demo.json, by API, tenant (0 is tenant 1) and kind.
// Test files share one sandbox, so no file may use up a window another file
// counts on: bulk requests go with a `load` key, and each key whose window a
// test uses up belongs to that one file:
// - rate-limits.test.ts: tenant 2's readWrite keys of both APIs (the contracts' own limits);
// - showcases.test.ts: CampOne tenant 1's burst key (per key), and BookingShake tenant 1's on /api/spaces;
// - arazzo.test.ts: CampOne tenant 2's burst key, and BookingShake tenant 1's on /api/status and /api/fields;
// - client.test.ts: BookingShake tenant 1's burst key on /api/sources (BookingShake counts each endpoint apart);
// - shared-database.test.ts: the seed's third BookingShake venue (bks_test_petit_salon).
import { readDemo, type KeyKind } from '../../../sandbox/demo.ts';

const demo = readDemo();

export function demoKey(api: string, tenant: number, kind: KeyKind): string {
  const key = demo[api]?.tenants[tenant]?.keys[kind];
  if (!key) throw new Error(`sandbox/demo.json has no ${kind} key for tenant ${tenant + 1} of ${api}`);
  return key;
}

export function demoTenant(api: string, tenant: number) {
  const found = demo[api]?.tenants[tenant];
  if (!found) throw new Error(`sandbox/demo.json has no tenant ${tenant + 1} for ${api}`);
  return found;
}
