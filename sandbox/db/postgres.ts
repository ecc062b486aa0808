// The PostgreSQL-server engine (`--database <url>`), through a `pg` pool.
// Several sandbox processes may share one database: every state they share
// (data and rate-limit windows) is in its tables.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { UserError } from '../../model/input.js';
import type { Database, Queryable } from './database.ts';

/** The URL as messages may show it: without its password. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the --database URL';
  }
}

export async function openPostgres(url: string): Promise<Database> {
  // Text that is not a URL is not echoed: it may be anything, a password included.
  if (!URL.canParse(url)) throw new UserError('--database (or DATABASE_URL): not a URL; expected postgres://user:password@host:port/database');
  const location = shownUrl(url);
  if (!/^postgres(ql)?:$/.test(new URL(url).protocol)) throw new UserError(`--database: "${location}" is not a postgres:// URL`);
  // On every pooled connection: search_path, so that queries may name tables as `sandbox.x` or not;
  // and commits that do not wait for the WAL to reach the disk, which halves a request's time (a server
  // crash may lose the last moments of sandbox data, never corrupt it; other users of the server are unaffected).
  const pool = new pg.Pool({ connectionString: url, max: 8, options: '-c search_path=sandbox,public -c synchronous_commit=off' });
  // An idle client's error (the server went away) must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new UserError(`${location}: cannot connect (${oneLine(error)})`);
  }
  const on = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      // Named, so each connection parses and plans a statement once, not on every request.
      return (await client.query({ name: statementName(sql), text: sql, values: params as unknown[] })).rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });
  return {
    engine: 'postgres',
    location,
    ...on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(on(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

const names = new Map<string, string>();
/** A prepared statement's name: the same for the same text, in every connection. */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) names.set(sql, (name = `sandbox_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`));
  return name;
}

function oneLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? 'unknown error';
}
