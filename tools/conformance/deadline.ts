// A signal that aborts after a number of milliseconds, or when an outer
// signal does. Not AbortSignal.timeout: Node 20 holds that signal only
// weakly, and inside AbortSignal.any nothing else holds it, so a garbage
// collection can take it before it fires and the wait never ends
// (nodejs/node#57736; test/conformance/send.test.ts shows it). Here the
// timer holds the controller, and `clear` stops the timer once the wait is
// over, so that nothing is left pending.

export interface Deadline {
  signal: AbortSignal;
  /** Stops the timer: call it once the wait is over. */
  clear(): void;
}

export function deadline(ms: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')), ms);
  return {
    // The outer signal is held by whoever passed it, the controller by the timer.
    signal: outer ? AbortSignal.any([controller.signal, outer]) : controller.signal,
    clear: () => clearTimeout(timer),
  };
}
