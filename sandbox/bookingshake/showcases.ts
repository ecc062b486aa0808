// What the BookingShake banner shows: authentication answered with 400, a
// contact of another venue (403), an unknown space and a real rate limit, with
// the keys and IDs of sandbox/demo.json and the paths of the contract.
import { curl } from '../curl.ts';
import { readDemo } from '../demo.ts';
import type { Contract } from '../http/contract.ts';
import type { Showcase } from '../http/domain.ts';

export function bookingShakeShowcases(contract: Contract, baseUrl: string): Showcase[] {
  const [mine, theirs] = readDemo().bookingshake!.tenants;
  const path = (id: string) => baseUrl + contract.operations.find((operation) => operation.id === id)!.path;
  const body = (code: string) => JSON.stringify(contract.answer({ code }).body);
  const event = { bookings: [{ date: '15-03-2025', startTime: '14:00', endTime: '18:00', pax: '50' }] };
  return [
    { what: 'your venue’s spaces', command: curl(path('listSpaces'), { key: mine!.keys.readWrite, headers: true }), shows: ['HTTP/1.1 200', `"id":"${mine!.spaceId}"`] },
    { what: 'no key at all: 400 "Missing Authorization header" (never 401)', command: curl(path('listSpaces'), { headers: true }), shows: ['HTTP/1.1 400', body('missing_authorization')] },
    { what: 'a revoked key: 400 "Invalid API key"', command: curl(path('listSpaces'), { key: mine!.keys.revoked, headers: true }), shows: ['HTTP/1.1 400', body('invalid_api_key')] },
    {
      what: 'a contact of another venue: 403',
      command: curl(path('createEvent'), { key: mine!.keys.readWrite, method: 'POST', body: { ...event, contact_id: theirs!.contactId }, headers: true }),
      shows: ['HTTP/1.1 403', body('contact_not_in_venue')],
    },
    {
      what: 'a space of another venue: 400 "Invalid space_id"',
      command: curl(path('createEvent'), { key: mine!.keys.readWrite, method: 'POST', body: { bookings: [{ pax: 10, space_id: theirs!.spaceId }], contact_id: mine!.contactId }, headers: true }),
      shows: ['HTTP/1.1 400', body('invalid_space_id')],
    },
    {
      what: 'a real 429: the burst key allows 2 requests per 4 s on each endpoint',
      command: `for i in 1 2 3; do ${curl(path('listSpaces'), { key: mine!.keys.burst, headers: true })}; echo; done`,
      shows: ['HTTP/1.1 200', 'X-RateLimit-Remaining: 0', 'HTTP/1.1 429', 'Retry-After: ', body('rate_limit_exceeded').slice(0, -1)],
    },
  ];
}
