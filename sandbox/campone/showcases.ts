// What the CampOne banner shows: tenant isolation, an inactive key, a missing
// scope and a real rate limit, with the keys and IDs of sandbox/demo.json and
// the paths of the contract.
import { fillPath } from '../../model/spec.js';
import { curl } from '../curl.ts';
import { readDemo } from '../demo.ts';
import type { Contract } from '../http/contract.ts';
import type { Showcase } from '../http/domain.ts';

export function campOneShowcases(contract: Contract, baseUrl: string): Showcase[] {
  const [mine, theirs] = readDemo().campone!.tenants;
  const path = (id: string, values: Record<string, unknown> = {}) => baseUrl + fillPath(contract.operations.find((operation) => operation.id === id)!.path, values);
  const booking = contract.example('createBooking', '201', 'created');
  const body = (code: string) => JSON.stringify(contract.answer({ code }).body);
  const { id: _, status: __, created_at: ___, notes: ____, ...create } = booking;
  return [
    { what: 'your booking', command: curl(path('getBooking', { id: mine!.bookingId }), { key: mine!.keys.readWrite, headers: true }), shows: ['HTTP/1.1 200', `"id":${mine!.bookingId}`] },
    {
      what: "another tenant's booking: 404 not_found, as if it did not exist",
      command: curl(path('getBooking', { id: theirs!.bookingId }), { key: mine!.keys.readWrite, headers: true }),
      shows: ['HTTP/1.1 404', body('not_found')],
    },
    {
      what: "a booking on another tenant's site: 400 site_not_found",
      command: curl(path('createBooking'), { key: mine!.keys.readWrite, method: 'POST', body: { ...create, site_id: theirs!.siteId }, headers: true }),
      shows: ['HTTP/1.1 400', body('site_not_found')],
    },
    { what: 'a revoked key: 401 key_inactive', command: curl(path('getBooking', { id: mine!.bookingId }), { key: mine!.keys.revoked, headers: true }), shows: ['HTTP/1.1 401', body('key_inactive')] },
    { what: 'a read-only key creating a booking: 403', command: curl(path('createBooking'), { key: mine!.keys.readOnly, method: 'POST', body: create, headers: true }), shows: ['HTTP/1.1 403'] },
    {
      what: 'a real 429: the burst key allows 2 requests per 4 s (watch X-RateLimit-Remaining and Retry-After)',
      command: `for i in 1 2 3; do ${curl(path('getSite', { id: mine!.siteId }), { key: mine!.keys.burst, headers: true })}; echo; done`,
      shows: ['HTTP/1.1 200', 'X-RateLimit-Remaining: 0', 'HTTP/1.1 429', 'Retry-After: '],
    },
  ];
}
