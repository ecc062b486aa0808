// `npm run bench:client`: requests per second against a local node:http server
// on loopback, for raw fetch, bare openapi-fetch and the CampOne client
// (retries on, no failures), side by side in one run. The contenders take
// turns, round after round, so that drift (JIT warm-up, CPU frequency, other
// load) falls on all of them alike; the median round of each is reported.
import { fork } from 'node:child_process';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/campone/schema.js';
import { createCampOneClient } from '../src/campone/index.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const REQUESTS = Number(process.env.REQUESTS ?? 3_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);

const server = fork(new URL('./client-server.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
const port = await new Promise<number>((resolve) => server.once('message', (message) => resolve(message as number)));
const baseUrl = `http://127.0.0.1:${port}`;
const headers = { Authorization: 'Bearer bench-key' };
const params = { path: { id: 42 } };

const bare = createClient<paths>({ baseUrl, headers });
const client = createCampOneClient({ apiKey: 'bench-key', baseUrl });

const contenders: Record<string, () => Promise<unknown>> = {
  'raw fetch': async () => (await fetch(`${baseUrl}/api/v1/public/bookings/42/`, { headers })).json(),
  'openapi-fetch': async () => (await bare.GET('/api/v1/public/bookings/{id}/', { params })).data,
  'campone client': async () => (await client.GET('/api/v1/public/bookings/{id}/', { params })).data,
};

/** Requests per second for `REQUESTS` calls, `CONCURRENCY` at a time. */
async function round(call: () => Promise<unknown>): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next++ < REQUESTS) await call();
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return REQUESTS / ((performance.now() - start) / 1000);
}

const results: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (const call of Object.values(contenders)) await round(call); // warm-up
for (let i = 0; i < ROUNDS; i++) {
  for (const [name, call] of Object.entries(contenders)) results[name]!.push(await round(call));
}
server.disconnect();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rate = Object.fromEntries(Object.entries(results).map(([name, values]) => [name, median(values)]));
console.log(`Node ${process.version}, ${ROUNDS} rounds of ${REQUESTS} GETs, ${CONCURRENCY} in flight; median round\n`);
console.log('| contender | req/s | vs raw fetch | vs openapi-fetch |');
console.log('|---|---:|---:|---:|');
for (const [name, value] of Object.entries(rate)) {
  console.log(`| ${name} | ${Math.round(value)} | ${(value / rate['raw fetch']!).toFixed(2)}× | ${(value / rate['openapi-fetch']!).toFixed(2)}× |`);
}
const ratio = rate['campone client']! / rate['openapi-fetch']!;
console.log(`\ncampone client / openapi-fetch = ${ratio.toFixed(2)}× (target ≥ 0.90×)`);
if (ratio < 0.9) process.exitCode = 1;
