// `npm start [-- --docs-port 8080] [--mock-port 4010] [--force]`: a newcomer's
// one command. Checks every port, lints and regenerates the contracts, builds
// the docs, then serves the docs, one Prism mock per API and the sandbox (on
// sandbox/demo.json's ports, with its banner of demo keys and commands to
// try) until Ctrl+C or SIGTERM, which stop them all (tools/cli/lifetime.ts).
// Speed: the build steps run in this process (no npm or tsx child per step),
// and each is skipped when its inputs and outputs hash as after its last
// success (tools/cli/fingerprint.ts); the tools a skipped step needs are never
// even loaded. The mocks start while the docs build.
import { join, relative } from 'node:path';
import { parseCommand, type CommandSpec } from '../tools/cli/command.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';

const COMMAND = {
  name: 'start',
  summary:
    'Lints the contracts, regenerates generated/, builds dist/docs/, then serves the docs, one Prism mock per API and\nthe stateful sandbox (ports in sandbox/demo.json) on 127.0.0.1 until Ctrl+C or SIGTERM, which stop everything it\nstarted. A step whose inputs and outputs are unchanged since its last success is skipped.',
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

  // The servers npm start runs, each with its ports (all checked before any slow step) and how it starts.
  const { serveStatic } = await import('../tools/docs/static-server.ts');
  const { startMocks } = await import('../tools/mock/prism.ts');
  const { sandboxApis, startSandbox } = await import('../sandbox/start.ts');
  const demo = (await import('../sandbox/demo.ts')).readDemo();
  // tools/docs/build.ts's DOCS_DIR, named here so that a skipped docs step never loads the page builder.
  const DOCS_DIR = join(projectRoot, 'dist', 'docs');
  const services: Service[] = [
    {
      name: 'docs',
      flag: '--docs-port',
      ports: [portFlag('docs-port', values['docs-port'])],
      async start([port]) {
        // Serves whatever dist/docs holds at each request, so it may start before the docs step ends.
        const docs = await serveStatic(DOCS_DIR, { port: port!, host: HOST });
        return { lines: [`Docs:  ${docs.url}  (${relative(projectRoot, DOCS_DIR)})`], stop: () => docs.close() };
      },
    },
    {
      name: 'mocks',
      flag: '--mock-port',
      ports: portRange('mock-port', values['mock-port'], apis.length),
      async start(ports) {
        const { mocks, stop, ended } = await startMocks(apis, ports, { hint: 'run npm run generate' });
        const width = Math.max(...apis.map((api) => api.name.length));
        return { lines: apis.map((api, index) => `Mock:  ${mocks[index]!.url}  ${api.name.padEnd(width)}  (${relative(projectRoot, api.bundle)})`), stop, ended };
      },
    },
    {
      name: 'sandbox',
      // Its ports are sandbox/demo.json's, which the docs print too; it serves the APIs it has a domain for.
      ports: sandboxApis().map((api) => demo[api]!.port),
      async start() {
        if (sandboxApis().length === 0) return { lines: [], stop: async () => {} };
        const { banner } = await import('../sandbox/banner.ts');
        const began = performance.now();
        const sandbox = await startSandbox();
        return { lines: ['', banner(sandbox, performance.now() - began)], stop: () => sandbox.close() };
      },
    },
  ];
  const taken = services.flatMap((service) => service.ports.map((port) => ({ service, port })));
  const clash = taken.find((entry, index) => taken.findIndex((other) => other.port === entry.port) !== index);
  if (clash) throw new UserError(`port ${clash.port} is asked for twice (${services.map((service) => `${service.name} ${service.ports.join(', ')}`).join('; ')}); pass ${services.flatMap((service) => service.flag ?? []).join(' or ')}`);
  for (const { service, port } of taken) await assertPortFree(port, HOST, service.flag ? `pass ${service.flag} to use another` : `stop what uses it (${service.name})`);

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

  // The servers start now, while the docs build: the mocks and the sandbox read only the bundles, which are final.
  const starting = Promise.allSettled(services.map((service) => service.start(service.ports).then((started) => (lifetime.track(started), started))));
  try {
    // The docs show each release with its commit date, from git: that history is an input too.
    const { execa } = await import('execa');
    const snapshots = apis.map((api) => relative(projectRoot, api.snapshot));
    const history = await execa('git', ['log', '--format=%H %cs', '--', ...snapshots], { cwd: projectRoot, reject: false });
    await step('docs', ['generated', 'openapi', 'sandbox'], [relative(projectRoot, DOCS_DIR)], async () => {
      const { buildDocs } = await import('../tools/docs/build.ts');
      const built = await buildDocs();
      console.log(built.map((entry) => `${entry.name}: ${entry.operations} operations, ${entry.errorCodes} error codes`).join('\n'));
    }, `${history.exitCode}\n${history.stdout}`);
  } catch (error) {
    await starting;
    await lifetime.stopAll();
    throw error;
  }
  const started = await starting;
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await lifetime.stopAll();
    throw failed.reason;
  }
  const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  console.log(`\n${running.flatMap((service) => service.lines).join('\n')}`);
  console.log('Press Ctrl+C to stop.');
  // A server that ends on its own ends the command, and everything else with it.
  await lifetime.fail(`${await Promise.race(running.flatMap((service) => service.ended ?? []))}; stopping everything`);
}

/** A server `npm start` runs once the contracts are built. */
interface Service {
  name: string;
  /** The command-line flag that moves its ports, for messages. */
  flag?: string;
  ports: number[];
  start(ports: number[]): Promise<StartedService>;
}

interface StartedService {
  /** What the banner says about it (its URLs). */
  lines: string[];
  stop(): Promise<void>;
  /** Settles with why, if it ends on its own. */
  ended?: Promise<string>;
}

runMain(main);
