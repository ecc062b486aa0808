// `npm run conformance -- --api campone --target https://host [--api-key KEY]`:
// checks a live server against its contract through `prism proxy` and prints
// every violation. The key may also come from CONFORMANCE_API_KEY so it stays
// out of shell history; it is never printed.
import { parseArgs } from 'node:util';
import { getApi, listApis } from '../model/registry.js';
import { runMain, UserError } from '../tools/cli/run-main.ts';
import { checkLiveServer, formatFinding } from '../tools/conformance/live-check.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      api: { type: 'string', multiple: true },
      target: { type: 'string' },
      'api-key': { type: 'string' },
    },
  });
  if (!values.target) throw new UserError('--target <baseUrl> is required (the live server to check)');
  if (!URL.canParse(values.target)) throw new UserError(`--target: "${values.target}" is not a URL`);
  const apiKey = values['api-key'] ?? process.env.CONFORMANCE_API_KEY;
  if (!apiKey) throw new UserError('no API key: pass --api-key <key> or set CONFORMANCE_API_KEY (valid requests need one)');
  const apis = values.api ? values.api.map((name) => getApi(name)) : listApis();
  let failed = false;
  for (const api of apis) {
    const report = await checkLiveServer(api, values.target, apiKey);
    for (const finding of report.findings) console.log(`${api.name}: ${formatFinding(finding)}`);
    console.log(`${api.name}: ${report.requests} requests sent to ${values.target}, ${report.findings.length} violation(s)`);
    failed ||= report.findings.length > 0;
  }
  if (failed) process.exitCode = 1;
}

runMain(main);
