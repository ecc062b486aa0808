// A scripted CampOne on 127.0.0.1 (node:http) that really stores bookings, so
// that a test can count them: it stores a create now, later or never, answers
// it well or badly, may run its clock behind, and lists bookings through the
// same filters as the real list endpoint.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { components } from '../../../generated/campone/schema.js';
import { loopbackServer } from '../../support/loopback.ts';

type Booking = components['schemas']['Booking'];

/** How the server answers a create: its documented 201, a 500, or something a client cannot read. */
export type Answer = 'created' | 'server-error' | 'html' | 'empty' | 'cut-off-json' | 'broken-connection' | 'none';

export interface Script {
  /** Whether the create is stored at all. Default true. */
  store: boolean;
  /** When it is stored, in ms after the POST arrives; the answer goes out then too. Default 0. */
  storeAfterMs: number;
  answer: Answer;
  /** How far the server's clock runs behind the client's, in ms. Default 0. */
  clockBehindMs: number;
}

const read = (request: IncomingMessage) => new Promise<string>((resolve) => {
  let text = '';
  request.on('data', (chunk) => (text += chunk)).on('end', () => resolve(text));
});

function answer(response: ServerResponse, how: Answer, booking: Booking | undefined) {
  const json = JSON.stringify(booking ?? { detail: 'The server hit an unexpected error.' });
  if (how === 'none') return;
  if (how === 'created' || how === 'server-error') response.writeHead(how === 'created' ? 201 : 500, { 'content-type': 'application/json' }).end(json);
  if (how === 'html') response.writeHead(201, { 'content-type': 'text/html' }).end('<html><body>Created</body></html>');
  if (how === 'empty') response.writeHead(201, { 'content-type': 'application/json', 'content-length': '0' }).end();
  // Complete as HTTP (its length is right), cut off as JSON.
  if (how === 'cut-off-json') response.writeHead(201, { 'content-type': 'application/json' }).end(json.slice(0, 20));
  if (how === 'broken-connection') {
    response.writeHead(201, { 'content-type': 'application/json', 'content-length': `${json.length}` }).write(json.slice(0, 20));
    setTimeout(() => response.socket?.destroy(), 5);
  }
}

/** Listens for the calling test file's tests (see loopback.ts). */
export function bookingServer() {
  const bookings: Booking[] = [];
  const pending = new Set<Promise<void>>();
  let posts = 0;
  let script: Script = { store: true, storeAfterMs: 0, answer: 'created', clockBehindMs: 0 };

  async function create(request: IncomingMessage, response: ServerResponse) {
    posts++;
    const body = JSON.parse(await read(request));
    const { store, storeAfterMs, answer: how, clockBehindMs } = script;
    if (storeAfterMs > 0) await new Promise((resolve) => setTimeout(resolve, storeAfterMs));
    let booking: Booking | undefined;
    if (store) {
      // Stored as such a server would: defaults filled in, the email lower-cased, its own clock.
      const createdAt = new Date(Date.now() - clockBehindMs).toISOString();
      booking = { num_children: 0, guest_phone: null, notes: null, ...body, guest_email: `${body.guest_email}`.toLowerCase(), id: bookings.length + 1, status: 'pending', created_at: createdAt };
      bookings.push(booking!);
    }
    answer(response, how, booking);
  }

  function list(url: URL, response: ServerResponse) {
    const query = url.searchParams;
    const keep = (booking: Booking) =>
      (['site_id', 'check_in_date', 'check_out_date'] as const).every((key) => !query.has(key) || `${booking[key]}` === query.get(key)) &&
      (!query.has('guest_email') || booking.guest_email.toLowerCase() === query.get('guest_email')!.toLowerCase()) &&
      (!query.has('created_after') || Date.parse(booking.created_at) >= Date.parse(query.get('created_after')!));
    const size = Number(query.get('page_size') ?? 20);
    const page = Number(query.get('page') ?? 1);
    const found = bookings.filter(keep);
    const results = found.slice((page - 1) * size, page * size);
    const next = page * size < found.length ? `${url.origin}${url.pathname}?page=${page + 1}` : null;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: found.length, next, previous: null, results }));
  }

  const server = loopbackServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'POST') {
      const done = create(request, response);
      pending.add(done);
      void done.finally(() => pending.delete(done));
    } else list(url, response);
  });

  return {
    bookings,
    get posts() {
      return posts;
    },
    get url() {
      return server.url;
    },
    /** Sets how the next creates are handled, and forgets every booking and count. */
    reset(next: Partial<Script> = {}, seed: Booking[] = []) {
      script = { store: true, storeAfterMs: 0, answer: 'created', clockBehindMs: 0, ...next };
      bookings.splice(0, bookings.length, ...seed);
      posts = 0;
    },
    /** Resolves once every create the server received is stored or dropped. */
    async idle() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
