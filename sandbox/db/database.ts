// The one query layer of the sandbox: the same SQL runs on embedded PGlite and
// on a PostgreSQL server, through this small interface. Rows come back as plain
// objects; queries select dates and times as text, so that neither driver's
// conversions (pg turns a `date` into a local-midnight Date) reach an answer.

/** Anything that runs SQL: the database, or one transaction on it. */
export interface Queryable {
  /** One statement with `$1`-style parameters; its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (a schema file). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** `pglite` (embedded, in this process) or `postgres` (a server others may share). */
  readonly engine: 'pglite' | 'postgres';
  /** Where the data lives, for messages: `memory`, a folder, or the server's URL without its password. */
  readonly location: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
