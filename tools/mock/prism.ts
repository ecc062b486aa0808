// Starts `prism mock` as a child process on a free port and waits until it
// listens. Used once per test run (see test/global-setup.ts) and by
// `npm run mock` / `npm start`. The spec is read through the one bundle
// reader first, so a broken bundle is one line naming it, not Prism's output.
import { execa, type ResultPromise } from 'execa';
import getPort from 'get-port';
import { readBundleFile, UserError } from '../../model/input.js';
import { projectRoot } from '../../model/registry.js';
import { problemLine } from '../cli/tool.ts';

export interface RunningPrism {
  url: string;
  stop(): Promise<void>;
  /** Settles when Prism ends, stopped or not, with how it ended (`exit code 1`, `signal SIGKILL`). */
  exited: Promise<string>;
}

export interface StartPrismOptions {
  /** Port to listen on; a free one when omitted. */
  port?: number;
  /** Give up when Prism has not said it listens within this many milliseconds. */
  startupTimeoutMs?: number;
  /** Extra arguments for Prism, e.g. `['--dynamic']`. */
  args?: string[];
  /** Receives each line Prism prints once it listens (its request log); dropped when omitted. */
  log?: (line: string) => void;
  /** A hint for the bundle's one-line error, e.g. `run npm run generate`. */
  hint?: string;
}

export async function startPrism(specPath: string, options: StartPrismOptions = {}): Promise<RunningPrism> {
  readBundleFile(specPath, options.hint);
  const port = options.port ?? (await getPort());
  const command = ['mock', specPath];
  const child = execa('prism', [...command, '--port', String(port), '--host', '127.0.0.1', ...(options.args ?? [])], {
    cwd: projectRoot,
    preferLocal: true,
    reject: false,
    all: true,
    cleanup: true,
  });
  const exited = child.then((result) => (result.signal ? `signal ${result.signal}` : `exit code ${result.exitCode}`));
  await waitForListening(child, options.startupTimeoutMs ?? 30_000, specPath, command, options.log);
  return {
    url: `http://127.0.0.1:${port}`,
    exited,
    async stop() {
      child.kill('SIGTERM');
      await child;
    },
  };
}

function waitForListening(child: ResultPromise, timeoutMs: number, specPath: string, command: string[], log: ((line: string) => void) | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    let listening = false;
    let partial = '';
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
    function fail(reason: string) {
      clearTimeout(timer);
      child.kill('SIGTERM');
      // The line that says why (Prism prints a stack after it), not the last one.
      const why = problemLine(output, '');
      reject(new UserError(`prism ${command[0]} ${specPath}: ${reason}${why ? `: ${why}` : ''}`));
    }
    child.all?.on('data', (chunk: Buffer) => {
      if (listening) {
        const lines = (partial + chunk.toString()).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) log?.(line);
        return;
      }
      output += chunk.toString();
      if (output.includes('Prism is listening')) {
        listening = true;
        clearTimeout(timer);
        resolve();
      }
    });
    void child.then((result) => {
      if (!listening) fail(result.signal ? `stopped by ${result.signal}` : `exited with code ${result.exitCode}`);
    });
  });
}

/** Mocks started together, all or none (`npm run mock`, `npm start`). */
export interface RunningMocks {
  mocks: RunningPrism[];
  stop(): Promise<void>;
  /** Settles with a line naming the first mock that ended on its own. */
  ended: Promise<string>;
}

/**
 * One mock per API, on `ports` in order, started side by side. When one fails
 * to start, the others are stopped and its error is thrown. `log` receives
 * each mock's request log, with its API's name.
 */
export async function startMocks(
  apis: readonly { name: string; bundle: string }[],
  ports: readonly number[],
  { log, ...options }: Omit<StartPrismOptions, 'port' | 'log'> & { log?: (api: string, line: string) => void } = {},
): Promise<RunningMocks> {
  const settled = await Promise.allSettled(
    apis.map((api, index) => startPrism(api.bundle, { ...options, port: ports[index], log: log && ((line) => log(api.name, line)) })),
  );
  const mocks = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const stop = async () => void (await Promise.all(mocks.map((mock) => mock.stop())));
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  const ended = Promise.race(mocks.map((mock, index) => mock.exited.then((how) => `${apis[index]!.name}: the mock ended on its own (${how})`)));
  return { mocks, stop, ended };
}
