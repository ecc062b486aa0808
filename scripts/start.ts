// `npm start [-- --docs-port 8080] [--mock-port 4010]`: a newcomer's one
// command. Lints and regenerates the contracts, builds the docs, then serves
// the docs, one Prism mock per API (ports counting up from --mock-port) and the
// sandbox (on sandbox/demo.json's ports) until Ctrl+C, which stops them all.
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { execa } from 'execa';
import { listApis, projectRoot } from '../model/registry.js';
import { assertPortFree, portFlag } from '../tools/cli/ports.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';
import { buildDocs, DOCS_DIR } from '../tools/docs/build.ts';
import { serveStatic } from '../tools/docs/static-server.ts';
import { startPrism, type RunningPrism } from '../tools/mock/prism.ts';
import { banner } from '../sandbox/banner.ts';
import { startSandbox } from '../sandbox/start.ts';

const HOST = '127.0.0.1';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'docs-port': { type: 'string', default: '8080' }, 'mock-port': { type: 'string', default: '4010' } },
  });
  const docsPort = portFlag('docs-port', values['docs-port']);
  const mockPort = portFlag('mock-port', values['mock-port']);
  const apis = listApis();
  const mockPorts = apis.map((_, index) => mockPort + index);
  if (mockPorts.includes(docsPort)) throw new UserError(`--docs-port ${docsPort} collides with a mock port (${mockPorts.join(', ')})`);
  await assertPortFree(docsPort, HOST, 'pass --docs-port to use another');
  for (const port of mockPorts) await assertPortFree(port, HOST, 'pass --mock-port to use other ports');

  await step('lint', ['run', '-s', 'lint']);
  await step('generate', ['run', '-s', 'generate']);
  console.log('\n== docs ==');
  const built = await buildDocs();
  console.log(built.map((entry) => `${entry.name}: ${entry.operations} operations, ${entry.errorCodes} error codes`).join('\n'));

  const docs = await serveStatic(DOCS_DIR, { port: docsPort, host: HOST });
  const results = await Promise.allSettled(apis.map((api, index) => startPrism(api.bundle, { port: mockPorts[index] })));
  const mocks = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = results.find((result) => result.status === 'rejected');
  const stopMocks = () => Promise.all([docs.close(), ...mocks.map((mock: RunningPrism) => mock.stop())]);
  if (failed) {
    await stopMocks();
    throw new UserError(String((failed.reason as Error).message).split('\n')[0]);
  }
  // The stateful sandbox beside the mocks (sandbox/README.md), with its banner of keys and commands.
  const sandboxStarted = performance.now();
  const sandbox = await startSandbox().catch(async (error: unknown) => {
    await stopMocks();
    throw error;
  });
  const stop = () => Promise.all([stopMocks(), sandbox.close()]);

  const width = Math.max(...apis.map((api) => api.name.length));
  console.log(`\nDocs:  ${docs.url}  (${relative(projectRoot, DOCS_DIR)})`);
  apis.forEach((api, index) => console.log(`Mock:  ${mocks[index]!.url}  ${api.name.padEnd(width)}  (${relative(projectRoot, api.bundle)})`));
  console.log(`\n${banner(sandbox, performance.now() - sandboxStarted)}`);
  const shutdown = () => void stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

/** Run an npm script with its output shown; its own messages explain a failure. */
async function step(name: string, npmArgs: string[]): Promise<void> {
  console.log(`\n== ${name} ==`);
  const result = await execa('npm', npmArgs, { cwd: projectRoot, stdio: 'inherit', reject: false });
  if (result.exitCode !== 0) throw new UserError(`npm start: ${name} failed (exit code ${result.exitCode ?? result.signal}); see above`);
}

runMain(main);
