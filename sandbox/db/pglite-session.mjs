// @ts-check
// Opening PGlite and running statements on it, shared by the worker thread
// that serves the sandbox's queries (pglite-worker.mjs) and the main thread
// that prepares the cached template (pglite.ts). Plain JavaScript because a
// worker thread starts without the TypeScript loader (tsx, vitest) of the
// thread that made it.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

const { escapeLiteral } = pg;

/**
 * A PGlite database in `dataDir` (in memory when undefined), from a tarball's
 * bytes when given. Commits do not wait for the WAL to be flushed: a quarter
 * off every write, at the risk of losing the last moments of a sandbox that
 * crashes, never of corrupting it.
 * @param {string | undefined} dataDir @param {Uint8Array} [tarball]
 */
export async function createPglite(dataDir, tarball) {
  try {
    const db = await PGlite.create({ dataDir, ...(tarball ? { loadDataDir: new Blob([/** @type {Uint8Array<ArrayBuffer>} */ (tarball)]) } : {}) });
    await db.exec('set search_path to sandbox, public; set synchronous_commit to off');
    return db;
  } catch (error) {
    // PGlite's own errors can carry pages of WASM glue; one line says enough.
    throw new Error(`${dataDir ?? 'in-memory database'}: PGlite could not open it (${String(error instanceof Error ? error.message : error).split('\n')[0]})`);
  }
}

/**
 * A statement with its parameters written in as literals, or undefined when
 * one cannot be (anything but text, finite numbers, booleans and null).
 *
 * Why: PGlite runs a parameterised query as six protocol messages, each a trip
 * into the WASM engine and back (parse, two describes, bind, execute, sync);
 * a statement with literals is one simple-protocol trip, which halves the cost
 * of the queries every request makes. Text is quoted by pg's `escapeLiteral`,
 * so no value can change the statement; only the sandbox's own SQL holds `$n`.
 * @param {string} sql @param {readonly unknown[]} params @returns {string | undefined}
 */
export function withLiterals(sql, params) {
  /** @type {string[]} */
  const literals = [];
  for (const value of params) {
    if (value === null || value === undefined) literals.push('null');
    else if (typeof value === 'string') literals.push(escapeLiteral(value));
    else if (typeof value === 'boolean') literals.push(String(value));
    else if (typeof value === 'number' && Number.isFinite(value)) literals.push(String(value));
    else return undefined;
  }
  return sql.replace(/\$(\d+)/g, (placeholder, /** @type {string} */ index) => {
    const literal = literals[Number(index) - 1];
    if (literal === undefined) throw new Error(`${placeholder} has no parameter`);
    return literal;
  });
}

/**
 * Runs statements on a PGlite database or one of its transactions.
 * @param {Pick<PGlite, 'query' | 'exec'>} client
 */
export function sessionOf(client) {
  return {
    /** @param {string} sql @param {readonly unknown[]} [params] @returns {Promise<Record<string, unknown>[]>} */
    async query(sql, params = []) {
      const literal = withLiterals(sql, params);
      if (literal === undefined) return (await client.query(sql, /** @type {unknown[]} */ (params))).rows;
      const [result] = await client.exec(literal);
      return result?.rows ?? [];
    },
    /** @param {string} sql */
    async exec(sql) {
      await client.exec(sql);
    },
  };
}
