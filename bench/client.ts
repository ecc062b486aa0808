// `npm run bench:client`: requests per second against a local node:http server
// on loopback, for raw fetch, bare openapi-fetch and the CampOne client as
// built in dist/ (retries and timeouts on, no failures). Each round runs in a
// fresh process (bench/client-round.ts) where the contenders take turns in
// blocks; the median round of each is reported, and the client's ratio to
// openapi-fetch is the median of the rounds' own ratios, so that a round slowed
// by other work on the machine compares like with like.
import { execFileSync, fork } from 'node:child_process';

const ROUNDS = Number(process.env.ROUNDS ?? 9);
const TARGET = 0.97;

const server = fork(new URL('./client-server.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
const port = await new Promise<number>((resolve) => server.once('message', (message) => resolve(message as number)));
const env = { ...process.env, BENCH_URL: `http://127.0.0.1:${port}` };
const roundFile = new URL('./client-round.ts', import.meta.url).pathname;

const rounds: Record<string, number>[] = [];
try {
  for (let i = 0; i < ROUNDS; i++) rounds.push(JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', roundFile], { env, encoding: 'utf8' })));
} finally {
  server.disconnect();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const names = Object.keys(rounds[0]!);
const rate = Object.fromEntries(names.map((name) => [name, median(rounds.map((round) => round[name]!))]));
const ratios = rounds.map((round) => round['campone client']! / round['openapi-fetch']!);
const ratio = median(ratios);
const { REQUESTS = '3000', CONCURRENCY = '8', BLOCK = '100' } = process.env;
console.log(`Node ${process.version}, ${ROUNDS} rounds (one process each) of ${REQUESTS} GETs per contender, ${CONCURRENCY} in flight, in turns of ${BLOCK}; median round\n`);
console.log('| contender | req/s | vs raw fetch | vs openapi-fetch |');
console.log('|---|---:|---:|---:|');
for (const name of names) {
  console.log(`| ${name} | ${Math.round(rate[name]!)} | ${(rate[name]! / rate['raw fetch']!).toFixed(2)}× | ${(rate[name]! / rate['openapi-fetch']!).toFixed(2)}× |`);
}
const sorted = [...ratios].sort((a, b) => a - b).map((value) => value.toFixed(3));
console.log(`\ncampone client / openapi-fetch, round by round: ${sorted.join(' ')}`);
console.log(`median = ${ratio.toFixed(3)}× (target ≥ ${TARGET}×)`);
if (ratio < TARGET) process.exitCode = 1;
