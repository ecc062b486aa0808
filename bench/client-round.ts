// One round of `npm run bench:client`, in a fresh process: the three
// contenders call the bench server in turns, in blocks of BLOCK requests (100)
// (the first contender changes each block), so that load from other work
// falls on all of them alike. Prints each one's requests per second as JSON.
import createClient from 'openapi-fetch';
import type { paths } from '../generated/campone/schema.js';

// The built package (dist/, as consumers run it), typed by its source; not a static import so typecheck needs no build.
const entry = new URL('../dist/src/campone/index.js', import.meta.url).href;
const { createCampOneClient } = (await import(entry)) as typeof import('../src/campone/index.ts');

const baseUrl = process.env.BENCH_URL!;
const REQUESTS = Number(process.env.REQUESTS ?? 3_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const BLOCK = Number(process.env.BLOCK ?? 100);
const headers = { Authorization: 'Bearer bench-key' };
const params = { path: { id: 42 } };

const bare = createClient<paths>({ baseUrl, headers });
// The client's defaults: 2 retries of idempotent calls, a 30 s timeout per attempt, rate-limit tracking.
const client = createCampOneClient({ apiKey: 'bench-key', baseUrl });

const contenders: Record<string, () => Promise<unknown>> = {
  'raw fetch': async () => (await fetch(`${baseUrl}/api/v1/public/bookings/42/`, { headers })).json(),
  'openapi-fetch': async () => (await bare.GET('/api/v1/public/bookings/{id}/', { params })).data,
  'campone client': async () => (await client.GET('/api/v1/public/bookings/{id}/', { params })).data,
};

/** Milliseconds for `count` calls, CONCURRENCY at a time. */
async function block(call: () => Promise<unknown>, count: number): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next++ < count) await call();
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return performance.now() - start;
}

const names = Object.keys(contenders);
const elapsed = Object.fromEntries(names.map((name) => [name, 0]));
for (const name of names) await block(contenders[name]!, BLOCK); // warm-up: JIT, sockets
for (let done = 0, turn = 0; done < REQUESTS; done += BLOCK, turn++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(turn + i) % names.length]!;
    elapsed[name]! += await block(contenders[name]!, Math.min(BLOCK, REQUESTS - done));
  }
}
console.log(JSON.stringify(Object.fromEntries(names.map((name) => [name, REQUESTS / (elapsed[name]! / 1000)]))));
