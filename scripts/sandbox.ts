// `npm run sandbox [-- --api <api>] [--port <p>] [--database <url>] [--data <dir>] [--reset]`:
// a stateful server per API, built from its contract, on embedded PGlite (in
// memory, or in --data) or on a PostgreSQL server (--database, or DATABASE_URL).
// Prints each API's URL, its demo keys and commands to try; Ctrl+C stops it.
import { parseArgs } from 'node:util';
import { portFlag } from '../tools/cli/ports.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';
import { banner } from '../sandbox/banner.ts';
import { startSandbox } from '../sandbox/start.ts';

async function main(): Promise<void> {
  const started = performance.now();
  const { values } = parseArgs({
    options: {
      api: { type: 'string', multiple: true },
      port: { type: 'string' },
      database: { type: 'string' },
      data: { type: 'string' },
      reset: { type: 'boolean', default: false },
    },
  });
  const databaseUrl = values.database ?? (process.env.DATABASE_URL || undefined);
  if (databaseUrl && values.data) throw new UserError('--data and --database (or DATABASE_URL): choose one, a folder for the embedded database or a PostgreSQL server');
  const sandbox = await startSandbox({
    apis: values.api,
    // 0: free ports, as the tests ask.
    port: values.port === undefined ? undefined : values.port === '0' ? 0 : portFlag('port', values.port),
    databaseUrl,
    dataDir: values.data,
    reset: values.reset,
  });
  console.log(banner(sandbox, performance.now() - started));
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

runMain(main);
