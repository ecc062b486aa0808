// `npm run bench:client`: requests per second against a local node:http server
// on loopback, for raw fetch, bare openapi-fetch and the CampOne client as
// built in dist/ (retries and timeouts on, no failures). Every contender's turn
// runs in a fresh process (bench/client-round.ts); a round is one turn of each,
// in an order that changes each round, and the client's ratio to openapi-fetch
// is the median of the rounds' own ratios, so that a round slowed by other work
// on the machine compares like with like.
import { execFileSync, fork } from 'node:child_process';

const ROUNDS = Number(process.env.ROUNDS ?? 9);
const TARGET = 0.97;
const CONTENDERS = ['raw fetch', 'openapi-fetch', 'campone client'];

const server = fork(new URL('./client-server.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
const port = await new Promise<number>((resolve) => server.once('message', (message) => resolve(message as number)));
const roundFile = new URL('./client-round.ts', import.meta.url).pathname;

type Turn = { rate: number; cpuPerCall: number };
const turn = (contender: string): Turn =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', roundFile], { env: { ...process.env, BENCH_URL: `http://127.0.0.1:${port}`, CONTENDER: contender }, encoding: 'utf8' }));

const rounds: Record<string, Turn>[] = [];
try {
  for (let i = 0; i < ROUNDS; i++) {
    const round: Record<string, Turn> = {};
    for (let j = 0; j < CONTENDERS.length; j++) {
      const contender = CONTENDERS[(i + j) % CONTENDERS.length]!;
      round[contender] = turn(contender);
    }
    rounds.push(round);
  }
} finally {
  server.disconnect();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const of = (name: string, key: keyof Turn) => median(rounds.map((round) => round[name]![key]));
const rate = (name: string) => of(name, 'rate');
const { REQUESTS = '3000', CONCURRENCY = '8' } = process.env;
console.log(`Node ${process.version}, ${ROUNDS} rounds of ${REQUESTS} GETs per contender (each in its own process), ${CONCURRENCY} in flight; median round\n`);
console.log('| contender | req/s | vs raw fetch | vs openapi-fetch | CPU µs per request |');
console.log('|---|---:|---:|---:|---:|');
for (const name of CONTENDERS) {
  const cells = [Math.round(rate(name)), `${(rate(name) / rate('raw fetch')).toFixed(2)}×`, `${(rate(name) / rate('openapi-fetch')).toFixed(2)}×`, Math.round(of(name, 'cpuPerCall'))];
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
const ratios = rounds.map((round) => round['campone client']!.rate / round['openapi-fetch']!.rate);
const ratio = median(ratios);
console.log(`\ncampone client / openapi-fetch, round by round: ${[...ratios].sort((a, b) => a - b).map((value) => value.toFixed(3)).join(' ')}`);
console.log(`median = ${ratio.toFixed(3)}× (target ≥ ${TARGET}×)`);
if (ratio < TARGET) process.exitCode = 1;
