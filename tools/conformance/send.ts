// Sends a planned request and reads the whole answer, with a bounded number in
// flight so thousands of generated requests do not swamp a local mock.
import type { Answer } from './check-response.ts';
import type { PlannedRequest } from './requests.ts';

export async function send(baseUrl: string, request: PlannedRequest): Promise<Answer> {
  const response = await fetch(new URL(request.path, baseUrl), {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Map over items with at most `limit` promises pending at once, keeping order. */
export async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
