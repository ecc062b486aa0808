// Starts `prism mock` (or `prism proxy`) as a child process on a free port and waits until it
// listens. Used once per test run (see test/global-setup.ts) and by
// `npm run mock` / `npm start`.
import { execa, type ResultPromise } from 'execa';
import getPort from 'get-port';
import { projectRoot } from '../../model/registry.js';

export interface RunningPrism {
  url: string;
  stop(): Promise<void>;
}

export interface StartPrismOptions {
  /** Port to listen on; a free one when omitted. */
  port?: number;
  /** Give up when Prism has not said it listens within this many milliseconds. */
  startupTimeoutMs?: number;
  /** Extra arguments for Prism, e.g. `['--dynamic']`. */
  args?: string[];
  /** Run `prism proxy` in front of this server instead of `prism mock`. Without `--errors`, so violations come back in the `sl-violations` header. */
  upstream?: string;
}

export async function startPrism(specPath: string, options: StartPrismOptions = {}): Promise<RunningPrism> {
  const port = options.port ?? (await getPort());
  const command = options.upstream ? ['proxy', specPath, options.upstream] : ['mock', specPath];
  const child = execa('prism', [...command, '--port', String(port), '--host', '127.0.0.1', ...(options.args ?? [])], {
    cwd: projectRoot,
    preferLocal: true,
    reject: false,
    all: true,
    cleanup: true,
  });
  await waitForListening(child, options.startupTimeoutMs ?? 30_000, specPath, command);
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await child;
    },
  };
}

function waitForListening(child: ResultPromise, timeoutMs: number, specPath: string, command: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
    function fail(reason: string) {
      clearTimeout(timer);
      child.kill('SIGTERM');
      const last = output.trim().split('\n').slice(-1)[0] ?? '';
      reject(new Error(`prism ${command[0]} ${specPath}: ${reason}${last ? ` (last output: ${last})` : ''}`));
    }
    child.all?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void child.then((result) => fail(`exited with code ${result.exitCode}`));
  });
}
