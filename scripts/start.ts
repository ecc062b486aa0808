// `npm start [-- --docs-port 8080] [--mock-port 4010] [--force]`: a newcomer's
// one command. Checks every port, lints and regenerates the contracts, builds
// the docs, then serves the docs and one Prism mock per API until Ctrl+C or
// SIGTERM, which stop them all (tools/cli/lifetime.ts).
// Speed: the build steps run in this process (no npm or tsx child per step),
// and each is skipped when its inputs and outputs hash as after its last
// success (tools/cli/fingerprint.ts); the tools a skipped step needs are never
// even loaded. The mocks start while the docs build.
import { relative } from 'node:path';
import { parseCommand, type CommandSpec } from '../tools/cli/command.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';

const COMMAND = {
  name: 'start',
  summary:
    'Lints the contracts, regenerates generated/, builds dist/docs/, then serves the docs and one Prism mock per API\non 127.0.0.1 until Ctrl+C or SIGTERM, which stop everything it started. A step whose inputs and outputs are\nunchanged since its last success is skipped.',
  usage: '[--docs-port <port>] [--mock-port <port>] [--force]',
  options: {
    'docs-port': { type: 'string', default: '8080', value: '<port>', description: 'Port of the docs server.' },
    'mock-port': { type: 'string', default: '4010', value: '<port>', description: 'Port of the first API\'s mock; the next API gets the next port.' },
    force: { type: 'boolean', description: 'Run every build step, even when nothing changed.' },
  },
  exitCodes: { 0: 'stopped by a signal', 1: 'bad input, a busy port, a failed step, or a server that ended on its own' },
  examples: ['npm start -- --docs-port 8081 --mock-port 4110'],
} satisfies CommandSpec;

const HOST = '127.0.0.1';

async function main(): Promise<void> {
  const { values } = parseCommand(COMMAND);
  const { createLifetime } = await import('../tools/cli/lifetime.ts');
  const lifetime = createLifetime();
  const { listApis, projectRoot } = await import('../model/registry.js');
  const { assertPortFree, portFlag, portRange } = await import('../tools/cli/ports.ts');
  const { unlessUnchanged } = await import('../tools/cli/fingerprint.ts');
  const apis = listApis();

  // Every service's ports, before any slow step. A new service adds its flag here.
  const ports = { docs: [portFlag('docs-port', values['docs-port'])], mocks: portRange('mock-port', values['mock-port'], apis.length) };
  const all = Object.entries(ports).flatMap(([service, list]) => list.map((port) => ({ service, port })));
  const clash = all.find((entry, index) => all.findIndex((other) => other.port === entry.port) !== index);
  if (clash) throw new UserError(`port ${clash.port} is asked for twice (docs ${ports.docs.join(', ')}, mocks ${ports.mocks.join(', ')}); pass --docs-port or --mock-port`);
  for (const { service, port } of all) await assertPortFree(port, HOST, `pass --${service === 'docs' ? 'docs' : 'mock'}-port to use another`);

  // The build steps, in order; each names what it reads and writes (its cache key).
  const tools = ['model', 'tools', 'rules', 'package.json', 'package-lock.json', 'redocly.yaml'];
  const step = async (name: string, inputs: string[], outputs: string[], work: () => Promise<void>, facts?: string) => {
    console.log(`\n== ${name} ==`);
    const outcome = values.force ? (await work(), 'ran') : await unlessUnchanged({ name, inputs: [...tools, ...inputs], outputs, facts }, work);
    if (outcome === 'unchanged') console.log(`unchanged since its last success: skipped (npm start -- --force runs it anyway)`);
  };
  await step('lint', ['openapi'], [], async () => {
    const { runLint } = await import('../tools/lint/run-lint.ts');
    const outcome = await runLint('stylish', [], apis);
    if (outcome.stderr) process.stderr.write(`${outcome.stderr}\n`);
    if (outcome.stdout) process.stdout.write(`${outcome.stdout}\n`);
    if (!outcome.passed) throw new UserError('npm start: lint failed; see above (fix the contract, or run npm run lint)');
  });
  await step('generate', ['openapi'], ['generated'], async () => {
    const { generateApi, writeAll } = await import('../tools/codegen/generate.ts');
    const files = [];
    for (const api of apis) files.push(...(await generateApi(api)));
    await writeAll(new Map(files));
    console.log(`generated/ written for ${apis.map((api) => api.name).join(', ')}`);
  });

  // The mocks start now, while the docs build: they read only the bundles, which are final.
  const { startPrism } = await import('../tools/mock/prism.ts');
  const mocks = Promise.allSettled(apis.map((api, index) => startPrism(api.bundle, { port: ports.mocks[index], hint: 'run npm run generate' }).then((mock) => lifetime.track(mock))));
  const { buildDocs, DOCS_DIR } = await import('../tools/docs/build.ts');
  try {
    // The docs show each release with its commit date, from git: that history is an input too.
    const { execa } = await import('execa');
    const snapshots = apis.map((api) => relative(projectRoot, api.snapshot));
    const history = await execa('git', ['log', '--format=%H %cs', '--', ...snapshots], { cwd: projectRoot, reject: false });
    const facts = `${history.exitCode}\n${history.stdout}`;
    await step('docs', ['generated', 'openapi', 'sandbox'], [relative(projectRoot, DOCS_DIR)], async () => {
      const built = await buildDocs();
      console.log(built.map((entry) => `${entry.name}: ${entry.operations} operations, ${entry.errorCodes} error codes`).join('\n'));
    }, facts);
  } catch (error) {
    await mocks;
    await lifetime.stopAll();
    throw error;
  }

  const { serveStatic } = await import('../tools/docs/static-server.ts');
  const docs = await serveStatic(DOCS_DIR, { port: ports.docs[0]!, host: HOST });
  lifetime.track({ stop: () => docs.close() });
  const started = await mocks;
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await lifetime.stopAll();
    throw failed.reason;
  }
  const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));

  const width = Math.max(...apis.map((api) => api.name.length));
  console.log(`\nDocs:  ${docs.url}  (${relative(projectRoot, DOCS_DIR)})`);
  apis.forEach((api, index) => console.log(`Mock:  ${running[index]!.url}  ${api.name.padEnd(width)}  (${relative(projectRoot, api.bundle)})`));
  console.log('Press Ctrl+C to stop.');
  const [ended, index] = await Promise.race(running.map((mock, at) => mock.exited.then((how) => [how, at] as const)));
  await lifetime.fail(`${apis[index]!.name}: the mock ended on its own (${ended}); stopping everything`);
}

runMain(main);
