// `npm run bench:sandbox [-- --database <url>] [--rounds 5] [--seconds 4]`:
// requests per second for GET one booking and for a create, side by side in
// one run, against the Prism mock of CampOne, the sandbox on PGlite and the
// sandbox on PostgreSQL (--database or DATABASE_URL). Each server runs in its
// own process; autocannon drives them in turns, round after round, so drift
// (JIT warm-up, other load) falls on all alike, and the median round of each
// is reported. Also times the sandbox's start-up to its first answer (median of 3).
// Target: the sandbox on PGlite at least 2x Prism's GET throughput.
import { fork, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { getApi } from '../model/registry.js';
import { runMain, UserError } from '../tools/cli/run-main.ts';
import { startPrism } from '../tools/mock/prism.ts';
import { readContract } from '../sandbox/http/contract.ts';
import { readDemo } from '../sandbox/demo.ts';

const CONNECTIONS = 8;

interface Server {
  name: string;
  url: string;
  stop(): Promise<void>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { database: { type: 'string' }, rounds: { type: 'string', default: '5' }, seconds: { type: 'string', default: '4' } } });
  const databaseUrl = values.database ?? (process.env.DATABASE_URL || undefined);
  if (!databaseUrl) throw new UserError('no PostgreSQL to measure: pass --database <postgres://…> or set DATABASE_URL (a database the bench may reset)');
  const rounds = Number(values.rounds);
  const seconds = Number(values.seconds);
  const contract = readContract(getApi('campone'));
  const tenant = readDemo().campone!.tenants[0]!;
  const { id: _, status: __, created_at: ___, notes: ____, ...create } = contract.example('createBooking', '201', 'created');
  const requests = {
    'GET one booking': { method: 'GET' as const, path: `/api/v1/public/bookings/${tenant.bookingId}/` },
    'create a booking': { method: 'POST' as const, path: '/api/v1/public/bookings/', body: JSON.stringify(create) },
  };

  // The median of three starts: one start is at the mercy of whatever else the machine is doing.
  const starts = [await timeStartup(), await timeStartup(), await timeStartup()].sort((a, b) => a - b);
  const startup = starts[1]!;
  const prism = await startPrism(getApi('campone').bundle);
  const servers: Server[] = [
    { name: 'Prism mock', url: prism.url, stop: () => prism.stop() },
    await forkSandbox('sandbox, PGlite', {}),
    await forkSandbox('sandbox, PostgreSQL', { SANDBOX_DATABASE_URL: databaseUrl }),
  ];
  try {
    const results = new Map<string, number[]>();
    for (let round = -1; round < rounds; round++) {
      for (const [operation, request] of Object.entries(requests)) {
        for (const server of servers) {
          const rate = await measure(server.url, request, round < 0 ? 1 : seconds, tenant.keys.load!);
          if (round >= 0) results.set(`${operation}|${server.name}`, [...(results.get(`${operation}|${server.name}`) ?? []), rate]);
        }
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(`Node ${process.version}, ${rounds} rounds of ${seconds} s per contender, ${CONNECTIONS} connections; median round, requests/s\n`);
    console.log(`| operation | ${servers.map((server) => server.name).join(' | ')} | PGlite ÷ Prism | PostgreSQL ÷ Prism |`);
    console.log(`|---|${servers.map(() => '---:').join('|')}|---:|---:|`);
    let getRatio = 0;
    for (const operation of Object.keys(requests)) {
      const rates = servers.map((server) => median(results.get(`${operation}|${server.name}`)!));
      const [prismRate, pglite, postgres] = rates as [number, number, number];
      if (operation.startsWith('GET')) getRatio = pglite / prismRate;
      console.log(`| ${operation} | ${rates.map((rate) => Math.round(rate)).join(' | ')} | ${(pglite / prismRate).toFixed(2)}× | ${(postgres / prismRate).toFixed(2)}× |`);
    }
    console.log(`\nstart-up to first answer (npm run sandbox, PGlite, template cached), median of 3: ${(startup / 1000).toFixed(2)} s (${starts.map((ms) => (ms / 1000).toFixed(2)).join(', ')}; target < 5 s)`);
    console.log(`sandbox on PGlite ÷ Prism, GET: ${getRatio.toFixed(2)}× (target ≥ 2×)`);
    if (getRatio < 2 || startup >= 5000) process.exitCode = 1;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

/** Requests per second over `seconds`, counting only answers with the status the request should get. */
async function measure(baseUrl: string, request: { method: 'GET' | 'POST'; path: string; body?: string }, seconds: number, key: string): Promise<number> {
  const result = await autocannon({
    url: baseUrl + request.path,
    method: request.method,
    body: request.body,
    headers: { Authorization: `Bearer ${key}`, ...(request.body ? { 'Content-Type': 'application/json' } : {}) },
    connections: CONNECTIONS,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0) throw new UserError(`${baseUrl}${request.path}: ${result.non2xx} answers were not 2xx and ${result.errors} failed; the measurement would not be of the operation`);
  return result.requests.average;
}

function forkSandbox(name: string, env: Record<string, string>): Promise<Server> {
  const child: ChildProcess = fork(new URL('./sandbox-server.ts', import.meta.url), { execArgv: ['--import', 'tsx'], env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new UserError(`${name}: the sandbox exited (code ${code}) before answering`)));
    child.once('message', (url) =>
      resolve({
        name,
        url: String(url),
        stop: () => new Promise<void>((done) => (child.once('exit', () => done()), child.disconnect())),
      }),
    );
  });
}

/** Milliseconds from starting `npm run sandbox` (as tsx, without npm's own start) to its first answer. */
async function timeStartup(): Promise<number> {
  const started = performance.now();
  const child = fork(new URL('../scripts/sandbox.ts', import.meta.url), ['--api', 'campone', '--port', '0'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /campone: (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new UserError(`npm run sandbox exited (code ${code}) before printing its URL`)));
    });
    await fetch(`${url}/api/v1/public/sites/`);
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
  }
}

runMain(main);
