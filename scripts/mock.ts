// `npm run mock [-- --api campone] [--port 4010] [-- <prism options>]`: serve
// contracts with Prism, one port per API counting up from --port, with
// Prism's request log on stdout. Runs until stopped (tools/cli/lifetime.ts).
import { relative } from 'node:path';
import { parseCommand, type CommandSpec } from '../tools/cli/command.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';

const COMMAND = {
  name: 'mock',
  summary: 'Serves each API\'s bundle (generated/<api>/openapi.json) with a Prism mock on 127.0.0.1, one port per API\ncounting up from --port, and shows Prism\'s request log. Runs until Ctrl+C or SIGTERM, which stop every mock.',
  usage: '[--api <name>]… [--port <port>] [-- <prism options>]',
  passThrough: { name: '<prism options>', description: 'Passed to `prism mock` as they are, e.g. --dynamic or --errors (not --port or --host).' },
  options: {
    api: { type: 'string', multiple: true, value: '<name>', description: 'An API named in redocly.yaml; repeat for several (default: all).' },
    port: { type: 'string', default: '4010', value: '<port>', description: 'The first API\'s port; the next API gets the next port.' },
  },
  exitCodes: { 0: 'stopped by a signal', 1: 'bad input, a busy port, or a mock that failed to start or ended on its own' },
  examples: ['npm run mock -- --api campone --port 4010 -- --dynamic'],
} satisfies CommandSpec;

/** Prism options that would fight the ones this command sets. */
const OWN = /^(--port|-p|--host|-h)(=|$)/;

async function main(): Promise<void> {
  const { values, passThrough } = parseCommand(COMMAND);
  const taken = passThrough.find((arg) => OWN.test(arg));
  if (taken) throw new UserError(`${taken}: set by npm run mock itself; use --port before the -- (see npm run mock -- --help)`);
  const { createLifetime } = await import('../tools/cli/lifetime.ts');
  const lifetime = createLifetime();
  const { getApi, listApis, projectRoot, readBundle } = await import('../model/registry.js');
  const apis = Array.isArray(values.api) ? values.api.map((name) => getApi(name)) : listApis();
  // Every bundle must load and resolve before any mock starts (Prism's own failure would be a stack trace).
  for (const api of apis) readBundle(api);
  const { assertPortFree, portRange } = await import('../tools/cli/ports.ts');
  const { startMocks } = await import('../tools/mock/prism.ts');
  const ports = portRange('port', values.port, apis.length);
  for (const port of ports) await assertPortFree(port, '127.0.0.1', 'pass --port to use others');
  const width = Math.max(...apis.map((api) => api.name.length));
  const { mocks, stop, ended } = await startMocks(apis, ports, {
    args: passThrough,
    hint: 'run npm run generate',
    log: (name, line) => console.log(`${name.padEnd(width)} | ${line}`),
  });
  lifetime.track({ stop });
  apis.forEach((api, index) => console.log(`${api.name}: mock of ${relative(projectRoot, api.bundle)} at ${mocks[index]!.url}`));
  console.log('Press Ctrl+C to stop.');
  await lifetime.fail(`${await ended}; stopping the others`);
}

runMain(main);
