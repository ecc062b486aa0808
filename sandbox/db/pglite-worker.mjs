// @ts-check
// The worker thread that holds the sandbox's PGlite database, so that its
// WASM engine runs beside the HTTP servers on the main thread instead of
// taking turns with them. It opens the database given in `workerData`, then
// answers messages: query, exec, begin and end of a transaction, close.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { createPglite, sessionOf } from './pglite-session.mjs';

/** @typedef {{ id: number, op: 'query', sql: string, params: unknown[], tx?: number } | { id: number, op: 'exec', sql: string, tx?: number } | { id: number, op: 'begin' } | { id: number, op: 'end', tx: number, commit: boolean } | { id: number, op: 'close' }} Request */

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const { dataDir, template } = /** @type {{ dataDir?: string, template?: string }} */ (workerData);

/** @type {import('@electric-sql/pglite').PGlite} */
let db;
try {
  db = await createPglite(dataDir, template ? gunzipSync(readFileSync(template)) : undefined);
} catch (error) {
  port.postMessage({ failed: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
const session = sessionOf(db);
/**
 * Open transactions, by id: their session, how to end them, and what their
 * end came to (undefined once committed or rolled back as asked, else the error).
 * @type {Map<number, { session: ReturnType<typeof sessionOf>, end: (commit: boolean) => void, settled: Promise<unknown> }>}
 */
const transactions = new Map();
let nextTransaction = 1;

/** Begins a transaction; resolves with its id once it holds PGlite's transaction lock. @returns {Promise<number>} */
function begin() {
  const tx = nextTransaction++;
  return new Promise((begun, failed) => {
    let started = false;
    /** @type {{ session: ReturnType<typeof sessionOf>, end: (commit: boolean) => void, settled: Promise<unknown> }} */
    const entry = { session: session, end: () => {}, settled: Promise.resolve() };
    // PGlite commits when the callback resolves and rolls back when it throws; `end` decides which.
    const done = db.transaction(
      (handle) =>
        new Promise((commit, rollback) => {
          started = true;
          entry.session = sessionOf(handle);
          entry.end = (ok) => (ok ? commit(undefined) : rollback(new Error('rolled back')));
          transactions.set(tx, entry);
          begun(tx);
        }),
    );
    entry.settled = done.then(
      () => undefined,
      (/** @type {unknown} */ error) => error,
    );
    done.catch((/** @type {unknown} */ error) => {
      if (!started) failed(error);
    });
  });
}

/** Ends a transaction as asked, once PGlite has committed it or rolled it back; a failed commit is an error. @param {number} tx @param {boolean} commit */
async function end(tx, commit) {
  const open = transactions.get(tx) ?? closed(tx);
  open.end(commit);
  const error = await open.settled;
  transactions.delete(tx);
  if (commit && error) throw error;
}

/** @param {Request} request */
async function answer(request) {
  switch (request.op) {
    case 'query':
      return (request.tx ? transactions.get(request.tx)?.session ?? closed(request.tx) : session).query(request.sql, request.params);
    case 'exec':
      return (request.tx ? transactions.get(request.tx)?.session ?? closed(request.tx) : session).exec(request.sql);
    case 'begin':
      return begin();
    case 'end':
      return end(request.tx, request.commit);
    case 'close':
      await db.close();
      return undefined;
  }
}

/** @param {number} tx @returns {never} */
function closed(tx) {
  throw new Error(`transaction ${tx} is not open`);
}

port.on('message', (/** @type {Request} */ request) => {
  answer(request).then(
    (result) => port.postMessage({ id: request.id, result }),
    (error) => port.postMessage({ id: request.id, error: { message: error instanceof Error ? error.message : String(error), code: error?.code } }),
  );
});
port.postMessage({ ready: true });
