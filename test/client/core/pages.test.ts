// `items(api, path)` (booking-contracts/campone/pages): every item of a paginated list, page after page. Against
// a scripted node:http server on loopback with three pages (one of which can
// fail), and against the Prism mock, whose one-page answers are the
// contract's own examples.
import type { ServerResponse } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { createCampOneClient, HttpError, TimeoutError } from '../../../src/campone/index.js';
import { items } from '../../../src/campone/pages.js';
import { contract } from '../../../generated/campone/contract.js';
import { booking } from '../support/bookings.js';
import { KEY, rejection } from '../support/calls.js';
import { loopbackServer } from '../../support/loopback.ts';

const BOOKINGS = '/api/v1/public/bookings/';
const bookings = [1, 2, 3, 4, 5, 6, 7].map((id) => ({ ...booking, id }));
/** Three pages: 3, 3 and 1 bookings. */
const pages = [bookings.slice(0, 3), bookings.slice(3, 6), bookings.slice(6)];

/** What the server answers the `attempt`-th request (from 0) for page `page`; undefined: the page itself. */
type Script = (page: number, attempt: number, response: ServerResponse) => boolean | void;
let script: Script = () => {};
const asked: string[] = [];
const server = loopbackServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  asked.push(url.search);
  const page = Number(url.searchParams.get('page') ?? 1);
  if (script(page, asked.filter((search) => new URLSearchParams(search).get('page') === String(page)).length - 1, response)) return;
  const last = page === pages.length;
  const body = { count: bookings.length, next: last ? null : `${server.url}${BOOKINGS}?page=${page + 1}`, previous: null, results: pages[page - 1] ?? [] };
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
});

function setup(next: Script = () => {}, options = {}) {
  script = next;
  asked.length = 0;
  return createCampOneClient({ apiKey: KEY, baseUrl: server.url, retry: { limit: 2, backoffMs: 1 }, ...options });
}

async function collect<Item>(items: AsyncIterable<Item>): Promise<Item[]> {
  const seen: Item[] = [];
  for await (const item of items) seen.push(item);
  return seen;
}

const pageAsked = () => asked.map((search) => new URLSearchParams(search).get('page'));

describe('items over a paginated list', () => {
  it('are found by the generator for every list the contract pages, and no other operation', () => {
    expect(Object.keys(contract.pages)).toEqual(['/api/v1/public/bookings/', '/api/v1/public/sites/']);
  });

  it('yields every item of every page in order, and stops after the page whose next is null', async () => {
    const api = setup();
    expect(await collect(items(api, BOOKINGS))).toEqual(bookings);
    expect(pageAsked()).toEqual([null, '2', '3']);
  });

  it('keeps the caller’s filters on every page, and starts from the page the caller asks for', async () => {
    const api = setup();
    const ids = (await collect(items(api, BOOKINGS, { params: { query: { site_id: 7, page: 2 } } }))).map(({ id }) => id);
    expect(ids).toEqual([4, 5, 6, 7]);
    expect(asked.map((search) => Object.fromEntries(new URLSearchParams(search)))).toEqual([
      { site_id: '7', page: '2' },
      { site_id: '7', page: '3' },
    ]);
  });

  it('retries a middle page that answers 503, as a single GET is retried, and goes on', async () => {
    const api = setup((page, attempt, response) => page === 2 && attempt === 0 && !!response.writeHead(503, { 'content-type': 'application/json' }).end('{"detail":"busy"}'));
    expect(await collect(items(api, BOOKINGS))).toEqual(bookings);
    expect(pageAsked()).toEqual([null, '2', '2', '3']);
  });

  it('rejects with the HttpError of a middle page that answers 400, after the items before it, and asks for no page after it', async () => {
    const api = setup((page, _attempt, response) => page === 2 && !!response.writeHead(400, { 'content-type': 'application/json' }).end('{"page":["Invalid page."]}'));
    const seen: number[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of items(api, BOOKINGS)) seen.push(item.id);
      })(),
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 400, fieldErrors: { page: ['Invalid page.'] } });
    expect(seen).toEqual([1, 2, 3]);
    expect(pageAsked()).toEqual([null, '2']);
  });

  it('gives each page the call’s timeout, and rejects with TimeoutError when a page never answers', async () => {
    const api = setup((page) => page === 2, { retry: 0 });
    const error = await rejection(collect(items(api, BOOKINGS, { timeoutMs: 200 })));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(pageAsked()).toEqual([null, '2']);
  });

  it('asks for the next page on the client’s own base URL, whatever host the answer’s next link names', async () => {
    const api = setup((page, _attempt, response) => {
      if (page !== 1) return;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 4, next: 'https://elsewhere.example/?page=2', previous: null, results: pages[0] }));
      return true;
    });
    expect((await collect(items(api, BOOKINGS))).map(({ id }) => id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageAsked()).toEqual([null, '2', '3']);
  });

  it('rejects a path that is not a paginated list', async () => {
    const api = setup();
    // @ts-expect-error a detail endpoint does not page
    await expect(collect(items(api, '/api/v1/public/bookings/{id}/', { params: { path: { id: 1 } } }))).rejects.toThrow(TypeError);
    expect(asked).toEqual([]);
  });
});

describe('items against the mock', () => {
  const mock = () => createCampOneClient({ apiKey: 'key', baseUrl: inject('mockUrls').campone, retry: 0 });

  it('yields the bookings of the contract’s one-page example and stops, its next being null', async () => {
    const example = (await mock().GET(BOOKINGS).orThrow()).results;
    expect(await collect(items(mock(), BOOKINGS, { params: { query: { page_size: 100 } } }))).toEqual(example);
  });

  it('yields the sites the same way', async () => {
    const example = (await mock().GET('/api/v1/public/sites/').orThrow()).results;
    expect(example.length).toBeGreaterThan(0);
    expect(await collect(items(mock(), '/api/v1/public/sites/'))).toEqual(example);
  });
});

describe('items over a cursor list', () => {
  it('sends each answer’s cursor back, and rejects a cursor that does not move instead of asking for the same page for ever', async () => {
    const { pageItems } = await import('../../../src/core/pages.js');
    const answers: Record<string, { data: number[]; next_cursor: string | null }> = {
      '': { data: [1, 2], next_cursor: 'b' },
      b: { data: [3], next_cursor: 'c' },
      c: { data: [4], next_cursor: 'c' },
    };
    const sent: unknown[] = [];
    const get = (_path: string, init: { params: { query?: { cursor?: string } } }) => {
      sent.push(init.params.query?.cursor);
      return { orThrow: async () => answers[init.params.query?.cursor ?? ''] };
    };
    const seen: unknown[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of pageItems(get, ['data', 'next_cursor', 'cursor'], '/moorings')) seen.push(item);
      })(),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(sent).toEqual([undefined, 'b', 'c']);
  });
});
