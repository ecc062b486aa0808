// A stand-in server on 127.0.0.1 that behaves as a test scripts it (answers,
// redirects, hangs, closes mid-body), and records every request it received,
// so a test can show that the answers it judged came from this server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback } from '../../support/loopback.ts';

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Script = (request: Received, response: ServerResponse) => void;

export interface ScriptedTarget {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

export async function startScriptedTarget(script: Script): Promise<ScriptedTarget> {
  const received: Received[] = [];
  const server = await listenOnLoopback(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
    received.push(request);
    script(request, res);
  });
  return { url: server.url, received, close: server.close };
}

/** A JSON answer. */
export function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
