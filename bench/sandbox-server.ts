// A sandbox for `npm run bench:sandbox`, in its own process so that it does
// not share an event loop with the load generator: CampOne only, on a free
// port, on PGlite in memory or, given SANDBOX_DATABASE_URL, on that PostgreSQL
// (reset to the seed). Sends its URL to the parent once it answers.
import { startSandbox } from '../sandbox/start.ts';

const sandbox = await startSandbox({ apis: ['campone'], port: 0, databaseUrl: process.env.SANDBOX_DATABASE_URL || undefined, reset: true });
process.send?.(sandbox.servers[0]!.url);
process.on('disconnect', () => void sandbox.close().then(() => process.exit(0)));
