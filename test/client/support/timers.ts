import { vi } from 'vitest';

/** Runs every pending fake timer (waits and timeouts) until the call settles, then gives its outcome. */
export async function settle<T>(call: Promise<T>): Promise<T> {
  const outcome = call.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.runAllTimersAsync();
  const result = (await outcome) as { value: T } | { error: unknown };
  if ('error' in result) throw result.error;
  return result.value;
}
