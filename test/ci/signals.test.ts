// `npm start` and `npm run mock` stop every child they started, whichever
// process gets the signal: npm itself (what a process manager or Ctrl+C in a
// terminal signals), the script's own process, or none at all when npm is
// killed outright. Each case signals, waits for npm to end, then checks that
// no process of the tree is left and that every port is free again.
// `npm start` runs in a project copy (it writes dist/ and generated/); its
// second run shows the build steps skipped because nothing changed.
import { execa, type ResultPromise } from 'execa';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listApis, projectRoot } from '../../model/registry.js';
import { assertPortFree } from '../../tools/cli/ports.ts';
import { projectCopy, type ProjectCopy } from './support/project-copy.ts';

/** Every process below `root`, from the process table. */
async function descendants(root: number): Promise<number[]> {
  const table = (await execa('ps', ['-eo', 'pid=,ppid='])).stdout
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const visit = (pid: number) => table.filter(([, ppid]) => ppid === pid).forEach(([child]) => (found.push(child), visit(child)));
  visit(root);
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits (up to 15 s) until none of `pids` is alive; resolves with those still alive. */
async function gone(pids: number[]): Promise<number[]> {
  for (let waited = 0; waited < 15_000 && pids.some(alive); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  return pids.filter(alive);
}

const portsFree = (ports: number[]) => Promise.all(ports.map((port) => assertPortFree(port, '127.0.0.1', ''))).then(() => true, (error: Error) => error.message);

/** Runs an npm script and resolves once it printed `ready`, with the process tree it built. */
async function started(args: string[], cwd: string, ready = 'Press Ctrl+C to stop.') {
  const npm = execa('npm', args, { cwd, reject: false, all: true, env: { FORCE_COLOR: '0' } });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    npm.all!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) resolve();
    });
    void npm.then(() => reject(new Error(`npm ${args.join(' ')} ended before it was ready:\n${output}`)));
  });
  const tree = await descendants(npm.pid!);
  return { npm, tree, output: () => output };
}

/** Signal one process of the tree, then expect npm to end and nothing to remain. */
async function stopAndCheck(run: { npm: ResultPromise; tree: number[] }, target: number, signal: NodeJS.Signals, ports: number[]) {
  process.kill(target, signal);
  await run.npm;
  expect(await gone([run.npm.pid!, ...run.tree])).toEqual([]);
  expect(await portsFree(ports)).toBe(true);
}

describe.concurrent('npm run mock', () => {
  it('passes Prism options after --, shows Prism’s request log, and stops every mock when npm gets SIGINT', { timeout: 60_000 }, async () => {
    const port = await getPort();
    const run = await started(['run', 'mock', '--', '--api', 'campone', '--port', String(port), '--', '--dynamic'], projectRoot);
    expect(run.tree.length).toBeGreaterThanOrEqual(2); // the script and its Prism
    expect(await portsFree([port])).not.toBe(true);
    // With --dynamic, Prism makes up a body from the schema instead of answering with the contract's example (site 7, "Pitch 12").
    const answer = await fetch(`http://127.0.0.1:${port}/api/v1/public/sites/7/`, { headers: { Authorization: 'Bearer k' } });
    expect(answer.status).toBe(200);
    expect(await answer.json()).not.toEqual({ id: 7, name: 'Pitch 12', site_type: 'tent', max_guests: 6, is_active: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(run.output()).toMatch(/campone \| .*\[HTTP SERVER\] get \/api\/v1\/public\/sites\/7\/ .*Request received/);
    await stopAndCheck(run, run.npm.pid!, 'SIGINT', [port]);
  });

  it('stops when its own process gets SIGTERM, and when npm is killed outright', { timeout: 90_000 }, async () => {
    const port = await getPort();
    const first = await started(['run', 'mock', '--', '--api', 'campone', '--port', String(port)], projectRoot);
    const script = first.tree[0]!;
    await stopAndCheck(first, script, 'SIGTERM', [port]);
    // SIGKILL cannot be passed on: the script notices that its parent is gone.
    const second = await started(['run', 'mock', '--', '--api', 'campone', '--port', String(port)], projectRoot);
    await stopAndCheck(second, second.npm.pid!, 'SIGKILL', [port]);
  });
});

// Side by side with the mock's cases: each case has its own ports (and npm start its own copy).
describe.concurrent('npm start', () => {
  let copy: ProjectCopy;
  beforeAll(async () => {
    copy = await projectCopy({ apis: ['campone'] });
  });
  afterAll(() => copy?.remove());

  it('builds, serves, and stops everything when npm gets SIGTERM; then skips every unchanged step and stops on SIGINT', async () => {
    const ports = [await getPort(), await getPort()];
    const args = ['start', '--', '--docs-port', String(ports[0]), '--mock-port', String(ports[1])];
    const first = await started(args, copy.dir);
    expect(first.output()).not.toMatch(/skipped/);
    expect(await (await fetch(`http://127.0.0.1:${ports[0]}/`)).text()).toMatch(/<html/i);
    await stopAndCheck(first, first.npm.pid!, 'SIGTERM', ports);

    const second = await started(args, copy.dir);
    expect(second.output().match(/unchanged since its last success: skipped/g)).toHaveLength(3);
    await stopAndCheck(second, second.npm.pid!, 'SIGINT', ports);
    // Nothing committed changed; only the build output and its stamps were written.
    expect((await copy.status()).split('\n').every((line) => line.startsWith('?? dist/'))).toBe(true);
  }, 120_000);

  it('refuses ports that run past 65535 for the second API before doing anything', async () => {
    const count = listApis().length;
    const result = await execa('node', ['--import', 'tsx', 'scripts/mock.ts', '--port', '65535'], { cwd: projectRoot, reject: false });
    expect(result).toMatchObject({ exitCode: 1, stdout: '', stderr: `--port: 65535 leaves no room for ${count} ports (65535-${65534 + count}); the last port is 65535` });
  });
});
