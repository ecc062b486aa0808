// `npm run sandbox [-- --api <api>] [--port <p>] [--database <url>] [--data <dir>] [--reset]`:
// a stateful server per API, built from its contract, on embedded PGlite (in
// memory, or in --data) or on a PostgreSQL server (--database, or DATABASE_URL).
// Prints each API's URL, its demo keys and commands to try; Ctrl+C stops it.
// The command line is checked before the sandbox's modules load, so --help
// and a wrong option answer at once.
import { parseCommand, type CommandSpec } from '../tools/cli/command.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';

const COMMAND = {
  name: 'sandbox',
  summary:
    'Serves a stateful sandbox of each API on 127.0.0.1 (ports in sandbox/demo.json unless --port is given), built\nfrom its contract, on embedded PGlite (in memory, or in --data) or on a PostgreSQL server (--database or\nDATABASE_URL). Prints each API\'s URL, its demo keys and requests to try; runs until Ctrl+C or SIGTERM.',
  usage: '[--api <name>]… [--port <port>] [--database <url> | --data <dir>] [--reset]',
  options: {
    api: { type: 'string', multiple: true, value: '<name>', description: 'An API the sandbox serves; repeat for several (default: all).' },
    port: { type: 'string', value: '<port>', description: 'The first API\'s port, the next API the next one; 0 takes free ports (default: sandbox/demo.json\'s).' },
    database: { type: 'string', value: '<url>', description: 'A postgres:// URL to keep the data in, instead of embedded PGlite (default: DATABASE_URL).' },
    data: { type: 'string', value: '<dir>', description: 'A folder for embedded PGlite\'s data, kept from one start to the next (default: in memory).' },
    reset: { type: 'boolean', description: 'Drop what was stored and load the seed again.' },
  },
  exitCodes: { 0: 'stopped by a signal', 1: 'bad input, a busy port, or a database that cannot be opened' },
  examples: ['npm run sandbox -- --api campone --data .sandbox-data'],
} satisfies CommandSpec;

async function main(): Promise<void> {
  const started = performance.now();
  const { values } = parseCommand(COMMAND);
  const databaseUrl = (values.database as string | undefined) ?? (process.env.DATABASE_URL || undefined);
  const dataDir = values.data as string | undefined;
  if (databaseUrl && dataDir) throw new UserError('--data and --database (or DATABASE_URL): choose one, a folder for the embedded database or a PostgreSQL server');
  const { portFlag } = await import('../tools/cli/ports.ts');
  // 0: free ports, as the tests ask.
  const port = values.port === undefined ? undefined : values.port === '0' ? 0 : portFlag('port', values.port as string);
  const { startSandbox } = await import('../sandbox/start.ts');
  const { banner } = await import('../sandbox/banner.ts');
  const sandbox = await startSandbox({ apis: values.api as string[] | undefined, port, databaseUrl, dataDir, reset: values.reset === true });
  console.log(banner(sandbox, performance.now() - started));
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

runMain(main);
