// Puts the sandbox's schema and seed into a database, or checks that they are
// there. Runs under an advisory lock, so that two processes starting on one
// PostgreSQL at once do not both create the schema; DDL is transactional in
// PostgreSQL, so a failed start leaves nothing half made.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UserError } from '../../model/input.js';
import type { Database, Queryable } from './database.ts';

const SCHEMA_SQL = readFileSync(new URL('./schema.sql', import.meta.url), 'utf8');
/** Changes whenever schema.sql does. */
export const SCHEMA_VERSION = createHash('sha256').update(SCHEMA_SQL).digest('hex').slice(0, 16);
/** Any number, the same in every sandbox process: the lock they take while preparing. */
const PREPARE_LOCK = 4020_4021;

/** Rows to insert, table by table, in order (tenants before what they own). */
export interface Seed {
  tables: { table: string; rows: Record<string, unknown>[] }[];
  /** Statements to run after the inserts, e.g. to move counters past the seeded IDs. */
  after: string[];
}

export type Prepared = 'created' | 'reset' | 'kept';

/**
 * Creates the schema and seeds it when the database has none, or when `reset`
 * asks (dropping the sandbox schema and all its data first); otherwise checks
 * that the schema is this version's.
 */
export async function prepareDatabase(db: Database, seed: Seed, { reset = false } = {}): Promise<Prepared> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [PREPARE_LOCK]);
    const [found] = await tx.query<{ present: boolean }>("select to_regclass('sandbox.meta') is not null as present");
    const present = found?.present === true;
    if (present && !reset) {
      const [row] = await tx.query<{ value: string }>("select value from sandbox.meta where name = 'schema'");
      if (row?.value !== SCHEMA_VERSION) {
        throw new UserError(`${db.location}: its sandbox tables were made by another version of the sandbox; start with --reset to rebuild them (their data is lost)`);
      }
      return 'kept';
    }
    await tx.exec('drop schema if exists sandbox cascade');
    await tx.exec(SCHEMA_SQL);
    await tx.query("insert into sandbox.meta (name, value) values ('schema', $1)", [SCHEMA_VERSION]);
    await insertSeed(tx, seed);
    return present ? 'reset' : 'created';
  });
}

async function insertSeed(tx: Queryable, seed: Seed): Promise<void> {
  for (const { table, rows } of seed.tables) {
    for (const row of rows) {
      const columns = Object.keys(row);
      // Table and column names come from the seed modules, never from a request.
      await tx.query(
        `insert into sandbox.${table} (${columns.join(', ')}) values (${columns.map((_, index) => `$${index + 1}`).join(', ')})`,
        columns.map((column) => row[column]),
      );
    }
  }
  for (const statement of seed.after) await tx.exec(statement);
}

/** What the template of an embedded database depends on: the schema and the seed. */
export function seedFingerprint(seed: Seed): string {
  return `${SCHEMA_VERSION}\n${JSON.stringify(seed)}`;
}
