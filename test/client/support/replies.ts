// A fetch to inject into clients: it answers from a script and records every
// request it was sent. No global is touched.

export type Reply = (request: Request) => Response | Promise<Response>;

export interface ScriptedFetch {
  (request: Request): Promise<Response>;
  /** Every request received, in order. */
  requests: Request[];
  /** When each request was received (`Date.now()`, so fake timers give fake times). */
  times: number[];
}

/** Answers the nth request with the nth reply; the last reply repeats. */
export function scriptedFetch(...replies: Reply[]): ScriptedFetch {
  const requests: Request[] = [];
  const times: number[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    times.push(Date.now());
    const reply = replies[Math.min(requests.length, replies.length) - 1]!;
    return reply(request);
  };
  return Object.assign(fetch, { requests, times });
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function text(status: number, body: string, contentType = 'text/html'): Reply {
  return () => new Response(body, { status, headers: { 'content-type': contentType } });
}

export function empty(status: number): Reply {
  return () => new Response(null, { status });
}

/** Fails like fetch does when the connection breaks. */
export function networkFailure(message = 'fetch failed', cause: unknown = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })): Reply {
  return () => Promise.reject(new TypeError(message, { cause }));
}

/** Never answers; rejects with the signal's reason when the request is aborted, as fetch does. */
export function hang(): Reply {
  return (request) =>
    new Promise((_, reject) => {
      if (request.signal.aborted) return reject(request.signal.reason);
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    });
}
