// How a long-running command (`npm start`, `npm run mock`) ends: everything
// it started (child processes, servers) is stopped, whichever way the end
// comes. A signal to this process (Ctrl+C, or the SIGTERM a process manager
// sends to `npm`, which npm forwards here), a parent that died without passing
// a signal on (npm killed with SIGKILL: this process is then re-parented), or
// one of the children ending on its own. Node has no "die with my parent"
// switch (Linux's PR_SET_PDEATHSIG), hence the poll of process.ppid.
import { oneLine } from './run-main.ts';

export interface Stoppable {
  /** Stop it and wait until it has stopped; must not throw when it already ended. */
  stop(): Promise<void>;
}

export interface Lifetime {
  /** Stop `resource` when the command ends; returns it. */
  track<T extends Stoppable>(resource: T): T;
  /** Stop everything tracked, newest first. */
  stopAll(): Promise<void>;
  /** End the command because `why` (a child ended on its own, …): stop everything, print one line, exit 1. */
  fail(why: string): Promise<never>;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Installs the handlers at once, so a signal during the build steps stops the command too. */
export function createLifetime({ parentPollMs = 500 }: { parentPollMs?: number } = {}): Lifetime {
  const resources: Stoppable[] = [];
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      for (const resource of resources.reverse()) await resource.stop().catch((error: unknown) => process.stderr.write(`while stopping: ${oneLine(error)}\n`));
    })());
  let ending = false;
  const end = async (line: string, code: number): Promise<never> => {
    // The first reason to end wins: a mock that ends because it was stopped is no second reason.
    if (ending) return new Promise<never>(() => {});
    ending = true;
    clearInterval(watch);
    process.stderr.write(`${line}\n`);
    await stopAll();
    return process.exit(code);
  };
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      // A second signal while stopping: stop waiting (children get SIGKILL from execa's cleanup on exit).
      if (stopping) process.exit(1);
      void end(`${signal}: stopping`, 0);
    });
  }
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid !== parent) void end(`parent process ${parent} ended: stopping`, 0);
  }, parentPollMs);
  watch.unref();
  return {
    track(resource) {
      resources.push(resource);
      return resource;
    },
    stopAll,
    fail: (why) => end(why, 1),
  };
}
