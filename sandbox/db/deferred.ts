// A database that is still opening, usable already: the servers are built
// while PGlite loads (each takes about a second, and they overlap), and they
// only listen once it is open, so no request ever waits on this.
import type { Database } from './database.ts';

export function whenOpen(opening: Promise<Database>): Database {
  let open: Database | undefined;
  void opening.then(
    (db) => (open = db),
    () => {},
  );
  const ready = async () => open ?? (await opening);
  return {
    get engine() {
      return open?.engine ?? 'pglite';
    },
    get location() {
      return open?.location ?? 'opening';
    },
    query: (sql, params) => (open ? open.query(sql, params) : ready().then((db) => db.query(sql, params))),
    exec: async (sql) => (await ready()).exec(sql),
    transaction: async (work) => (await ready()).transaction(work),
    close: async () => (await ready()).close(),
  };
}
