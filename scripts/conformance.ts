// `npm run conformance -- --api campone --target http://127.0.0.1:4020 [--api-key KEY]`:
// checks a live server against its contract (tools/conformance/live-check.ts)
// and prints every violation on stdout; progress and warnings go to stderr.
// The key may also come from CONFORMANCE_API_KEY so it stays out of shell
// history; it is never printed.
import { parseCommand, type CommandSpec } from '../tools/cli/command.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';

const COMMAND = {
  name: 'conformance',
  summary: 'Sends each operation\'s probes (a valid request built from the contract\'s examples, one without credentials,\nand deliberately broken ones) to a running server, one at a time, and checks every answer against the contract.',
  notes: [
    'It changes data: every valid create (a POST) is sent for real and makes a real resource (a booking, an event)\n' +
      'on the target. Point it at a sandbox, never at production: `npm run sandbox` serves CampOne on\n' +
      'http://127.0.0.1:4020 and BookingShake on http://127.0.0.1:4021, with keys listed in sandbox/demo.json.\n' +
      'Use --dry-run to see the requests first.',
  ],
  usage: '--target <url> [--api <name>]… [--api-key <key>] [--timeout-ms <ms>] [--run-timeout-ms <ms>] [--dry-run]',
  options: {
    target: { type: 'string', value: '<url>', description: 'Base URL of the server, absolute http(s), e.g. http://127.0.0.1:4020 (required).' },
    api: { type: 'string', multiple: true, value: '<name>', description: 'An API named in redocly.yaml; repeat for several (default: all).' },
    'api-key': { type: 'string', value: '<key>', description: 'The key valid requests carry (or set CONFORMANCE_API_KEY); never printed.' },
    'timeout-ms': { type: 'string', default: '10000', value: '<ms>', description: 'Per request, body included; no answer in time ends the run (exit 2).' },
    'run-timeout-ms': { type: 'string', value: '<ms>', description: 'For the whole run (default: every request\'s timeout, plus a minute).' },
    'dry-run': { type: 'boolean', description: 'List the requests (method, URL, probe) without sending any.' },
  },
  exitCodes: {
    0: 'every answer kept the contract',
    1: 'violations found (each printed), or bad input',
    2: 'the check could not be done: the target did not answer, redirected elsewhere, or the run ran out of time',
  },
  examples: ['CONFORMANCE_API_KEY=cmp_test_pinewood_rw npm run conformance -- --api campone --target http://127.0.0.1:4020'],
} satisfies CommandSpec;

function milliseconds(flag: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const ms = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || ms < 1) throw new UserError(`--${flag}: "${value}" is not a number of milliseconds`);
  return ms;
}

async function main(): Promise<void> {
  const { values } = parseCommand(COMMAND);
  if (typeof values.target !== 'string') throw new UserError('--target <url> is required: the base URL of the server to check (see npm run conformance -- --help)');
  const { parseTarget } = await import('../tools/conformance/target.ts');
  const target = parseTarget(values.target);
  const timeoutMs = milliseconds('timeout-ms', values['timeout-ms']);
  const runTimeoutMs = milliseconds('run-timeout-ms', values['run-timeout-ms']);
  const apiKey = (values['api-key'] as string | undefined) ?? process.env.CONFORMANCE_API_KEY ?? '';
  if (!apiKey && !values['dry-run']) throw new UserError('no API key: pass --api-key <key> or set CONFORMANCE_API_KEY (valid requests need one)');
  const { getApi, listApis, readBundle } = await import('../model/registry.js');
  const { requestUrl } = await import('../tools/conformance/send.ts');
  const apis = Array.isArray(values.api) ? values.api.map((name) => getApi(name)) : listApis();
  const specs = apis.map((api) => readBundle(api));
  // Loaded once every input checked out: bad input stays a quick one-line answer.
  const { CannotCheck, checkLiveServer, formatFinding, plannedProbes } = await import('../tools/conformance/live-check.ts');

  if (values['dry-run']) {
    for (const [index, api] of apis.entries()) {
      for (const probe of plannedProbes(specs[index]!, '[api key]')) console.log(`${api.name}: ${probe.method} ${requestUrl(target, probe)}  ${probe.operationId} [${probe.label}]`);
    }
    return;
  }
  let failed = false;
  for (const [index, api] of apis.entries()) {
    try {
      const report = await checkLiveServer(specs[index]!, target, apiKey, {
        timeoutMs,
        runTimeoutMs,
        onCreate: (probe) => console.error(`${api.name}: sending ${probe.operationId} (${probe.method} ${probe.path}): it makes a real resource on ${target}`),
      });
      for (const finding of report.findings) console.log(`${api.name}: ${formatFinding(finding)}`);
      console.log(`${api.name}: ${report.requests} requests sent to ${target}, ${report.findings.length} violation(s)`);
      failed ||= report.findings.length > 0;
    } catch (error) {
      // What was found before the check stopped is still worth seeing; the one line that says why comes last.
      if (error instanceof CannotCheck) for (const finding of error.partial.findings) console.log(`${api.name}: ${formatFinding(finding)}`);
      if (error instanceof UserError) error.message = `${api.name}: ${error.message}`;
      throw error;
    }
  }
  if (failed) process.exitCode = 1;
}

runMain(main);
