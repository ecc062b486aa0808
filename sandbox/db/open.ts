// Opens the sandbox's database on the engine asked for, with the schema and
// seed in place: a PostgreSQL server for a URL, else embedded PGlite (in
// memory, or in the `--data` folder).
import type { Database } from './database.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { prepareDatabase, seedFingerprint, type Prepared, type Seed } from './prepare.ts';

export interface OpenOptions {
  /** A postgres:// URL; when given, `dataDir` is not used. */
  url?: string;
  /** A folder for embedded data; in memory when omitted. */
  dataDir?: string;
  /** Drop whatever the sandbox stored and restore the seed. */
  reset?: boolean;
  seed: Seed;
}

export interface OpenDatabase {
  db: Database;
  /** Whether the seed was just put in (`created`, `reset`) or the data found there was kept. */
  prepared: Prepared;
}

export async function openDatabase({ url, dataDir, reset = false, seed }: OpenOptions): Promise<OpenDatabase> {
  if (url) {
    const db = await openPostgres(url);
    return { db, prepared: await prepareOrClose(db, seed, reset) };
  }
  const { db, fromTemplate } = await openPglite({
    dataDir,
    template: {
      fingerprint: seedFingerprint(seed),
      prepare: async (made) => void (await prepareDatabase(made, seed, { reset: true })),
    },
  });
  // Made from the template, it holds the seed already (and nothing to reset); a folder's data is checked, or reset.
  if (fromTemplate) return { db, prepared: 'created' };
  return { db, prepared: await prepareOrClose(db, seed, reset) };
}

async function prepareOrClose(db: Database, seed: Seed, reset: boolean): Promise<Prepared> {
  try {
    return await prepareDatabase(db, seed, { reset });
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}
