// The embedded engine (the default): PGlite, PostgreSQL compiled to WASM, in
// this process, in memory or in a folder (`--data`). Creating a database from
// nothing runs initdb (seconds); so the first start saves a prepared and seeded
// database as a tarball in node_modules/.cache, and later starts load that
// (about a second), which keeps start-up to first answer under 5 s. The
// tarball is gzipped with Node's zlib rather than PGlite's own gzip, whose
// JavaScript inflate takes seconds where zlib takes a tenth of one.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import { projectRoot } from '../../model/registry.js';
import { UserError } from '../../model/input.js';
import type { Database, Queryable } from './database.ts';

const { escapeLiteral } = pg;
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
  if (dataDir && existsSync(join(dataDir, 'PG_VERSION'))) return { db: wrap(await create(dataDir, {}), dataDir), fromTemplate: false };
  const cached = cacheFile(template);
  if (!existsSync(cached)) {
    const made = wrap(await create(undefined, {}), 'memory');
    await template.prepare(made);
    await saveTemplate(made, cached);
    if (!dataDir) return { db: made, fromTemplate: true };
    await made.close();
  }
  const loadDataDir = new Blob([new Uint8Array(gunzipSync(readFileSync(cached)))]);
  return { db: wrap(await create(dataDir, { loadDataDir }), dataDir ?? 'memory'), fromTemplate: true };
}

function cacheFile(template: Template): string {
  const version = JSON.parse(readFileSync(join(projectRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version;
  const key = createHash('sha256').update(`${version}\n${template.fingerprint}`).digest('hex').slice(0, 16);
  return join(CACHE_DIR, `pglite-${key}.tar.gz`);
}

async function saveTemplate(db: Database & { pglite?: PGlite }, file: string): Promise<void> {
  const dump = await db.pglite!.dumpDataDir('none');
  mkdirSync(CACHE_DIR, { recursive: true });
  // Written aside and renamed, so that a process starting at the same time never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, gzipSync(Buffer.from(await dump.arrayBuffer())));
  renameSync(partial, file);
}

async function create(dataDir: string | undefined, options: { loadDataDir?: Blob }): Promise<PGlite> {
  try {
    const db = await PGlite.create({ dataDir, ...options });
    await db.exec('set search_path to sandbox, public');
    return db;
  } catch (error) {
    // PGlite's own errors can carry pages of WASM glue; one line says enough.
    throw new UserError(`${dataDir ?? 'in-memory database'}: PGlite could not open it (${String(error instanceof Error ? error.message : error).split('\n')[0]})`);
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
 * so no value can change the statement; only our own SQL holds `$n`.
 */
export function withLiterals(sql: string, params: readonly unknown[]): string | undefined {
  const literals: string[] = [];
  for (const value of params) {
    if (value === null || value === undefined) literals.push('null');
    else if (typeof value === 'string') literals.push(escapeLiteral(value));
    else if (typeof value === 'boolean') literals.push(String(value));
    else if (typeof value === 'number' && Number.isFinite(value)) literals.push(String(value));
    else return undefined;
  }
  return sql.replace(/\$(\d+)/g, (placeholder, index: string) => {
    const literal = literals[Number(index) - 1];
    if (literal === undefined) throw new Error(`${placeholder} has no parameter`);
    return literal;
  });
}

function wrap(pglite: PGlite, location: string): Database & { pglite: PGlite } {
  const on = (client: PGlite | Transaction): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const literal = withLiterals(sql, params);
      if (literal === undefined) return (await client.query<Row>(sql, params as unknown[])).rows;
      const [result] = await client.exec(literal);
      return (result?.rows ?? []) as Row[];
    },
    async exec(sql: string) {
      await client.exec(sql);
    },
  });
  return {
    engine: 'pglite',
    location,
    pglite,
    ...on(pglite),
    transaction: (work) => pglite.transaction((tx) => work(on(tx))),
    close: () => pglite.close(),
  };
}
