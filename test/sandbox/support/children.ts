// Starting sandboxes in processes of their own and stopping them, for the
// tests that need more than the run's one sandbox: support/checked-child.ts
// (every answer judged against the contract) or `npm run sandbox` itself.
import { execa, type ResultPromise } from 'execa';
import { projectRoot } from '../../../model/registry.js';

export interface ChildSandbox {
  /** Each API's base URL, as the banner printed it. */
  urls: Record<string, string>;
  /** Everything printed on stdout so far: the banner. */
  banner: string;
  /** Stops it; whether every answer it sent kept the contract (the problems otherwise). */
  stop(): Promise<{ exitCode: number | undefined; problems: string[] }>;
}

/** The entry files a child can run: the checked one, or the `npm run sandbox` script. */
export const CHECKED = 'test/sandbox/support/checked-child.ts';
export const SCRIPT = 'scripts/sandbox.ts';

export async function startChild(args: string[], entry = CHECKED): Promise<ChildSandbox> {
  // As `npm run sandbox` starts it: node with tsx's loader, one process.
  const child: ResultPromise = execa('node', ['--import', 'tsx', entry, '--port', '0', ...args], {
    cwd: projectRoot,
    reject: false,
    cleanup: true,
    env: { DATABASE_URL: '' },
  });
  let output = '';
  const banner = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/Press Ctrl\+C to stop\./.test(output)) resolve(output);
    });
    void child.then((result) => reject(new Error(`the sandbox exited before answering (code ${result.exitCode}): ${String(result.stderr).split('\n')[0]}`)));
  });
  const urls = Object.fromEntries([...banner.matchAll(/^(\w+): (http:\/\/\S+)$/gm)].map((match) => [match[1]!, match[2]!]));
  return {
    urls,
    banner,
    async stop() {
      child.kill('SIGTERM');
      const result = await child;
      return { exitCode: result.exitCode, problems: String(result.stderr).split('\n').filter((line) => line.startsWith('contract: ')) };
    },
  };
}
