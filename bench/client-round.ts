// One contender's turn in `npm run bench:client`, in a fresh process, so that
// no contender inherits another's garbage, JIT state or sockets: a warm-up,
// then REQUESTS GETs, CONCURRENCY at a time. Prints requests per second and
// this process's CPU time per request (µs) as JSON.
import createClient from 'openapi-fetch';
import type { paths } from '../generated/campone/schema.js';

// The built package (dist/, as consumers run it), typed by its source; not a static import so typecheck needs no build.
const entry = new URL('../dist/src/campone/index.js', import.meta.url).href;
const { createCampOneClient } = (await import(entry)) as typeof import('../src/campone/index.ts');

const baseUrl = process.env.BENCH_URL!;
const contender = process.env.CONTENDER!;
const REQUESTS = Number(process.env.REQUESTS ?? 3_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const WARMUP = Number(process.env.WARMUP ?? 1_000);
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
const call = contenders[contender]!;

async function calls(count: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next++ < count) await call();
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

await calls(WARMUP); // warm-up: JIT, sockets
const cpu = process.cpuUsage();
const start = performance.now();
await calls(REQUESTS);
const seconds = (performance.now() - start) / 1000;
const { user, system } = process.cpuUsage(cpu);
console.log(JSON.stringify({ rate: REQUESTS / seconds, cpuPerCall: (user + system) / REQUESTS }));
