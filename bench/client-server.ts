// The server for `npm run bench:client`, in its own process so that it does
// not share an event loop (or a core) with the clients being measured.
// Answers every request with one booking and the rate-limit headers.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const body = JSON.stringify({
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
  status: 'confirmed',
  created_at: '2026-06-01T09:30:00Z',
});
const headers = {
  'content-type': 'application/json',
  'content-length': Buffer.byteLength(body),
  'x-ratelimit-limit': '120',
  'x-ratelimit-remaining': '119',
  'x-ratelimit-reset': '1767225600',
};

const server = createServer((_, response) => response.writeHead(200, headers).end(body));
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.((server.address() as AddressInfo).port));
process.on('disconnect', () => server.close(() => process.exit(0)));
