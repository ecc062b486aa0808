// A sandbox in a process of its own, for tests that need one (two processes on
// one database, data kept in a folder, the banner's commands): started like
// `npm run sandbox` (--api, --port, --database, --data, --reset) and printing
// the same banner, but with every answer judged against the contract, as in
// the run's own sandbox. On SIGTERM it stops, lists any answer that broke the
// contract on stderr and exits 1 if there was one.
import { parseArgs } from 'node:util';
import { getApi } from '../../../model/registry.js';
import { banner } from '../../../sandbox/banner.ts';
import { startSandbox } from '../../../sandbox/start.ts';
import { createAnswerCheck } from './answer-check.ts';

const { values } = parseArgs({
  options: {
    api: { type: 'string', multiple: true },
    port: { type: 'string', default: '0' },
    database: { type: 'string' },
    data: { type: 'string' },
    reset: { type: 'boolean', default: false },
  },
});
const problems: string[] = [];
const checks = new Map<string, ReturnType<typeof createAnswerCheck>>();
const started = performance.now();
const sandbox = await startSandbox({
  apis: values.api,
  port: Number(values.port),
  databaseUrl: values.database,
  dataDir: values.data,
  reset: values.reset,
  onFault: (error, where) => problems.push(`unexpected fault on ${where}: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`),
  onAnswer: (answer) => {
    let check = checks.get(answer.api);
    if (!check) checks.set(answer.api, (check = createAnswerCheck(getApi(answer.api))));
    problems.push(...check.check(answer));
  },
});
console.log(banner(sandbox, performance.now() - started));
process.once('SIGTERM', () => {
  void sandbox.close().then(() => {
    for (const problem of problems) process.stderr.write(`contract: ${problem}\n`);
    process.exit(problems.length > 0 ? 1 : 0);
  });
});
