// Starts the sandbox for a test run (from test/global-setup.ts): both APIs on
// free ports, on embedded PGlite, or on the PostgreSQL server named by
// SANDBOX_DATABASE_URL (the CI's second run of the sandbox suite), reset to the
// seed. Every answer is judged against the contract as it is sent; `stop`
// returns the problems found.
import { getApi } from '../../../model/registry.js';
import { startSandbox } from '../../../sandbox/start.ts';
import { createAnswerCheck } from './answer-check.ts';

export interface TestSandbox {
  urls: Record<string, string>;
  /** `pglite`, or the PostgreSQL URL the run uses. */
  database: string;
  /** Stops the servers; the answers that broke the contract during the run. */
  stop(): Promise<string[]>;
}

export async function startTestSandbox(): Promise<TestSandbox> {
  const databaseUrl = process.env.SANDBOX_DATABASE_URL || undefined;
  const problems: string[] = [];
  const checks = new Map<string, ReturnType<typeof createAnswerCheck>>();
  const sandbox = await startSandbox({
    port: 0,
    databaseUrl,
    reset: true,
    onFault: (error, where) => problems.push(`unexpected fault on ${where}: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`),
    onAnswer: (answer) => {
      let check = checks.get(answer.api);
      if (!check) checks.set(answer.api, (check = createAnswerCheck(getApi(answer.api))));
      problems.push(...check.check(answer));
    },
  });
  return {
    urls: Object.fromEntries(sandbox.servers.map((server) => [server.api, server.url])),
    database: databaseUrl ?? 'pglite',
    async stop() {
      await sandbox.close();
      return problems;
    },
  };
}
