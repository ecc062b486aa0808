// A request's deadline holds whatever else the process does meanwhile: a
// garbage collection while a server keeps silent must not lose the timer.
// (Node 20's AbortSignal.timeout, combined with AbortSignal.any, is held only
// weakly and can be collected before it fires: nodejs/node#57736. The live
// check then waited for a silent target until the whole run's bound.)
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { sendOnce } from '../../tools/conformance/send.ts';
import { startScriptedTarget, type ScriptedTarget } from './support/scripted-target.ts';

setFlagsFromString('--expose-gc');
/** V8's collector, exposed to a fresh context once the flag above is set. */
const collectGarbage = runInNewContext('gc') as () => void;

const silent: ScriptedTarget[] = [];
afterAll(() => Promise.all(silent.map((target) => target.close())));

/** Collects garbage every 20 ms until `settled` settles. */
async function collectingUntil<T>(settled: Promise<T>): Promise<T> {
  let done = false;
  void settled.finally(() => (done = true));
  while (!done) {
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return settled;
}

describe('sendOnce', () => {
  it('gives up on a server that never answers, though garbage is collected while it waits', async () => {
    const target = await startScriptedTarget(() => {});
    silent.push(target);
    const outcome = await collectingUntil(sendOnce(target.url, { method: 'GET', path: '/', headers: {} } as never, { timeoutMs: 200 }));
    expect(outcome).toEqual({ kind: 'no-answer', reason: 'no answer within 200 ms' });
  }, 5_000);

  it('gives up on it too when the run has a signal of its own that has not fired', async () => {
    const target = await startScriptedTarget(() => {});
    silent.push(target);
    const run = new AbortController();
    const outcome = await collectingUntil(sendOnce(target.url, { method: 'GET', path: '/', headers: {} } as never, { timeoutMs: 200, signal: run.signal }));
    expect(outcome).toEqual({ kind: 'no-answer', reason: 'no answer within 200 ms' });
  }, 5_000);
});
