// The embedded engine (the default): PGlite, PostgreSQL compiled to WASM, in
// memory or in a folder (`--data`), held by a worker thread
// (pglite-worker.mjs) so that its engine runs beside the HTTP servers rather
// than taking turns with them on one thread.
//
// Creating a database from nothing runs initdb (seconds); so the first start
// prepares and seeds one on this thread and caches it as a tarball in
// node_modules/.cache, and later starts load that (about a second), which
// keeps start-up to first answer under 5 s. The tarball is gzipped with
// Node's zlib rather than PGlite's own gzip, whose JavaScript inflate takes
// seconds where zlib takes a tenth of one.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { UserError } from '../../model/input.js';
import { projectRoot } from '../../model/registry.js';
import type { Database, Queryable } from './database.ts';
import { createPglite, sessionOf } from './pglite-session.mjs';

const CACHE_DIR = join(projectRoot, 'node_modules', '.cache', 'booking-contracts-sandbox');

/** A prepared database to start from: `fingerprint` names what `prepare` puts in it, so a change makes a new one. */
export interface Template {
  fingerprint: string;
  prepare(db: Database): Promise<void>;
}

export interface PgliteOptions {
  /** Folder for the data; in memory when omitted. A folder with a database in it is opened as it is. */
  dataDir?: string;
  template: Template;
}

/** The database, and whether it was just made from the template (else a folder's data was opened as it was). */
export async function openPglite({ dataDir, template }: PgliteOptions): Promise<{ db: Database; fromTemplate: boolean }> {
  if (dataDir && existsSync(join(dataDir, 'PG_VERSION'))) return { db: await inWorker({ dataDir }, dataDir), fromTemplate: false };
  const cached = cacheFile(template);
  if (!existsSync(cached)) await makeTemplate(template, cached);
  return { db: await inWorker({ dataDir, template: cached }, dataDir ?? 'memory'), fromTemplate: true };
}

/** The code that makes and loads a template: a template made by other code is not this one's. */
const MAKERS = [new URL(import.meta.url), new URL('./pglite-session.mjs', import.meta.url)].map((file) => readFileSync(file, 'utf8')).join('\n');

function cacheFile(template: Template): string {
  const version = JSON.parse(readFileSync(join(projectRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version;
  const key = createHash('sha256').update(`${version}\n${template.fingerprint}\n${MAKERS}`).digest('hex').slice(0, 16);
  return join(CACHE_DIR, `pglite-${key}.tar.gz`);
}

/** Prepares a database in memory, on this thread, and saves it as the template. */
async function makeTemplate(template: Template, file: string): Promise<void> {
  let pglite: PGlite;
  try {
    pglite = await createPglite(undefined);
  } catch (error) {
    throw new UserError((error as Error).message);
  }
  try {
    await template.prepare(onThisThread(pglite));
    // Sessions commit without waiting for the WAL (synchronous_commit off), so what prepare committed
    // may not be on the data files yet: a checkpoint writes it there before they are copied.
    await pglite.exec('checkpoint');
    const dump = await pglite.dumpDataDir('none');
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written aside and renamed, so that a process starting at the same time never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, gzipSync(Buffer.from(await dump.arrayBuffer())));
    renameSync(partial, file);
  } finally {
    await pglite.close();
  }
}

function onThisThread(pglite: PGlite): Database {
  const on = (client: PGlite | Transaction): Queryable => sessionOf(client) as Queryable;
  return { engine: 'pglite', location: 'memory', ...on(pglite), transaction: (work) => pglite.transaction((tx) => work(on(tx))), close: () => pglite.close() };
}

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string; code?: string };
  ready?: true;
  failed?: string;
}

/** A Database whose statements run in the worker thread holding PGlite. */
async function inWorker(workerData: { dataDir?: string; template?: string }, location: string): Promise<Database> {
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  await new Promise<void>((ready, failed) => {
    worker.once('message', (reply: Reply) => (reply.ready ? ready() : failed(new UserError(reply.failed ?? `${location}: PGlite could not open it`))));
    worker.once('error', (error) => failed(new UserError(`${location}: PGlite's worker failed (${error.message.split('\n')[0]})`)));
  });
  worker.on('message', (reply: Reply) => {
    const waiting = reply.id === undefined ? undefined : pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id!);
    if (reply.error) waiting.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
    else waiting.resolve(reply.result);
  });
  // A worker that dies fails what waits on it, rather than leaving requests hanging.
  worker.on('exit', (code) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`PGlite's worker stopped (exit code ${code})`));
    pending.clear();
  });
  const ask = (message: Record<string, unknown>) =>
    new Promise<any>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  const on = (tx?: number): Queryable => ({
    query: (sql, params = []) => ask({ op: 'query', sql, params, tx }),
    exec: async (sql) => void (await ask({ op: 'exec', sql, tx })),
  });
  return {
    engine: 'pglite',
    location,
    ...on(),
    async transaction(work) {
      const tx: number = await ask({ op: 'begin' });
      let result;
      try {
        result = await work(on(tx));
      } catch (error) {
        await ask({ op: 'end', tx, commit: false });
        throw error;
      }
      await ask({ op: 'end', tx, commit: true });
      return result;
    },
    async close() {
      await ask({ op: 'close' });
      await worker.terminate();
    },
  };
}
