// The last step before an answer leaves: headers whose value the contract
// fixes (`WWW-Authenticate: Bearer` on a 401, from its schema's `const`) are
// filled in, and the answer is handed to whoever watches them (the test suite
// checks every one against the contract).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { deref, responseKeyFor, type Operation } from '../../model/spec.js';
import type { Contract } from './contract.ts';

/** An answer as it was sent. */
export interface SentAnswer {
  /** The API that answered, by its name in redocly.yaml. */
  api: string;
  /** The operation that answered; undefined for a request no operation matched. */
  operation?: Operation;
  method: string;
  url: string;
  status: number;
  headers: Headers;
  text: string;
  /** The 500 of an unexpected fault, not one asked for. */
  unexpected: boolean;
}

export interface SentOptions {
  contract: Contract;
  onAnswer?: (answer: SentAnswer) => void;
}

export const sent = fp<SentOptions>(async (app: FastifyInstance, { contract, onAnswer }) => {
  const fixed = new Map<string, [string, string][]>();
  /** The headers with a fixed value that the operation's answer at this status requires. */
  const fixedHeaders = (operation: Operation, status: number) => {
    const key = `${operation.key} ${status}`;
    let found = fixed.get(key);
    if (!found) {
      const written = responseKeyFor(operation, status);
      const headers = written ? Object.entries<unknown>(operation.responses.get(written)?.node?.headers ?? {}) : [];
      found = headers.flatMap(([name, raw]) => {
        const header = deref(contract.spec, raw);
        const value = header.required ? deref(contract.spec, header.schema ?? {}).const : undefined;
        return value === undefined ? [] : [[name, String(value)] as [string, string]];
      });
      fixed.set(key, found);
    }
    return found;
  };

  app.addHook('onSend', async (request, reply, payload) => {
    const operation = request.routeOptions.config.operation;
    if (operation) for (const [name, value] of fixedHeaders(operation, reply.statusCode)) if (!reply.hasHeader(name)) reply.header(name, value);
    if (onAnswer) {
      const headers = new Headers();
      for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
      onAnswer({ api: contract.api.name, operation, method: request.method, url: request.url, status: reply.statusCode, headers, text: typeof payload === 'string' ? payload : String(payload ?? ''), unexpected: request.unexpectedFault === true });
    }
    return payload;
  });
});
