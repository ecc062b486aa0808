// Starts the sandbox: one database for both APIs (embedded PGlite unless a
// PostgreSQL URL is given), and one server per API on 127.0.0.1. Used by
// `npm run sandbox`, `npm start`, the test suite and the benchmark.
import type { AddressInfo } from 'node:net';
import { UserError } from '../model/input.js';
import { getApi, listApis } from '../model/registry.js';
import { bookingShake } from './bookingshake/index.ts';
import { campOne } from './campone/index.ts';
import type { Database } from './db/database.ts';
import { whenOpen } from './db/deferred.ts';
import { openDatabase } from './db/open.ts';
import type { Prepared, Seed } from './db/prepare.ts';
import { readDemo } from './demo.ts';
import { buildApp } from './http/app.ts';
import { readContract } from './http/contract.ts';
import type { Domain, DomainFactory } from './http/domain.ts';
import type { SentAnswer } from './http/sent.ts';

/** The APIs the sandbox can serve, by their name in redocly.yaml. */
export const DOMAINS: Record<string, DomainFactory> = { campone: campOne, bookingshake: bookingShake };

export interface SandboxOptions {
  /** Which APIs to serve; all of them by default. */
  apis?: string[];
  /** Port of the first API; each next API gets the next port. Default: each API's port in sandbox/demo.json. 0: free ports. */
  port?: number;
  /** A postgres:// URL: a PostgreSQL server instead of embedded PGlite. */
  databaseUrl?: string;
  /** A folder for PGlite's data; in memory when omitted. */
  dataDir?: string;
  /** Drop what the sandbox stored and restore the seed. */
  reset?: boolean;
  host?: string;
  onAnswer?: (answer: SentAnswer) => void;
  onFault?: (error: unknown, where: string) => void;
}

export interface RunningSandbox {
  servers: { api: string; url: string }[];
  /** The served APIs' behaviour (for their banner lines). */
  domains: Domain[];
  db: Database;
  /** Whether the seed was just put in, or the stored data kept. */
  prepared: Prepared;
  close(): Promise<void>;
}

/** The APIs the sandbox can serve in this project: those it has a domain for that redocly.yaml lists. */
export function sandboxApis(): string[] {
  const registered = new Set(listApis().map((api) => api.name));
  return Object.keys(DOMAINS).filter((name) => registered.has(name));
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const available = sandboxApis();
  const names = options.apis ?? available;
  const unknown = names.filter((name) => !available.includes(name));
  if (unknown.length > 0) throw new UserError(`--api: the sandbox serves ${available.join(', ') || 'no API of redocly.yaml'}, not ${unknown.join(', ')}`);
  // Every available API's seed goes into the one database, whichever are served, so that a shared database is whole.
  const contracts = new Map(available.map((name) => [name, readContract(getApi(name))]));
  const domains = available.map((name) => DOMAINS[name]!(contracts.get(name)!));
  const seed: Seed = { tables: domains.flatMap((domain) => domain.seed.tables), after: domains.flatMap((domain) => domain.seed.after) };
  const opening = openDatabase({ url: options.databaseUrl, dataDir: options.dataDir, reset: options.reset, seed });
  const host = options.host ?? '127.0.0.1';
  const demo = readDemo();
  // The servers are built while the database opens; they listen once it is open.
  const soonOpen = whenOpen(opening.then((open) => open.db));
  const built = await Promise.allSettled(
    names.map((name) => buildApp({ contract: contracts.get(name)!, domain: domains.find((domain) => domain.api === name)!, db: soonOpen, onAnswer: options.onAnswer, onFault: options.onFault })),
  );
  const apps = built.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const opened = await opening.then(
    (open) => ({ open }),
    (error: unknown) => ({ error }),
  );
  const buildFailure = built.find((result) => result.status === 'rejected');
  if (buildFailure || 'error' in opened) {
    await Promise.all(apps.map((app) => app.close()));
    if ('open' in opened) await opened.open.db.close();
    throw buildFailure ? buildFailure.reason : (opened as { error: unknown }).error;
  }
  const { db, prepared } = opened.open;
  const servers: { api: string; url: string; close(): Promise<void> }[] = [];
  try {
    for (const [index, app] of apps.entries()) {
      const port = options.port === undefined ? (demo[names[index]!]?.port ?? 0) : options.port === 0 ? 0 : options.port + index;
      await listen(app, port, host);
      servers.push({ api: names[index]!, url: `http://${host}:${(app.server.address() as AddressInfo).port}`, close: () => app.close() });
    }
  } catch (error) {
    await Promise.all(apps.map((app) => app.close()));
    await db.close();
    throw error;
  }
  return {
    servers: servers.map(({ api, url }) => ({ api, url })),
    domains: domains.filter((domain) => names.includes(domain.api)),
    db,
    prepared,
    async close() {
      await Promise.all(servers.map((server) => server.close()));
      await db.close();
    },
  };
}

async function listen(app: Awaited<ReturnType<typeof buildApp>>, port: number, host: string): Promise<void> {
  try {
    await app.listen({ port, host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') throw new UserError(`port ${port} on ${host} is not available (${code}); pass --port to use another`);
    throw error;
  }
}
