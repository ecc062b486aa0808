// `npm run mock [-- --api campone] [--port 4010]`: serve contracts with Prism.
// Each API gets its own port, counting up from --port.
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { getApi, listApis, projectRoot } from '../model/registry.js';
import { runMain, UserError } from '../tools/cli/run-main.ts';
import { startPrism } from '../tools/mock/prism.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { api: { type: 'string', multiple: true }, port: { type: 'string', default: '4010' } },
  });
  const basePort = Number(values.port);
  if (!Number.isInteger(basePort) || basePort < 1 || basePort > 65535) throw new UserError(`--port: "${values.port}" is not a port number`);
  const apis = values.api ? values.api.map((name) => getApi(name)) : listApis();
  const mocks = await Promise.all(apis.map((api, index) => startPrism(api.bundle, { port: basePort + index })));
  apis.forEach((api, index) => console.log(`${api.name}: mock of ${relative(projectRoot, api.bundle)} at ${mocks[index]!.url}`));
  console.log('Press Ctrl+C to stop.');
  const stop = () => void Promise.all(mocks.map((mock) => mock.stop())).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

runMain(main);
