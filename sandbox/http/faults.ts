// Faults on request, for integrators' retry code: a request carrying
// `X-Sandbox-Fault` fails as it says, once it has passed authentication, rate
// limits and validation (see sandbox/README.md):
//   lost-answer        the operation runs (a create is committed), then the connection is closed unanswered
//   slow=<ms>          the answer is held back this long (at most 60 000 ms)
//   500                the API's 500, before the operation runs
//   429; retry-after=<s>  the API's 429 with this Retry-After, before the operation runs
// `; once=<id>` makes it fire for the first request with that id only (per
// tenant, remembered in the database), so that a retry of the same request
// goes through. A value the sandbox cannot read is ignored, and says so in
// `X-Sandbox-Fault-Ignored`; the contracts document neither header.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../db/database.ts';
import { send } from './answers.ts';
import type { Contract } from './contract.ts';
import type { Domain } from './domain.ts';

export const FAULT_HEADER = 'x-sandbox-fault';
const MAX_SLOW_MS = 60_000;
const MAX_RETRY_AFTER = 3600;

export type Fault = { kind: 'lost-answer' } | { kind: 'slow'; ms: number } | { kind: '500' } | { kind: '429'; retryAfter: number };

/** A fault header's value, read: the fault and its `once` id, or why it cannot be read. */
export function readFault(value: string): { fault: Fault; once?: string } | { ignored: string } {
  const [head = '', ...rest] = value.split(';').map((part) => part.trim());
  const params = new Map(rest.map((part) => part.split('=').map((side) => side.trim()) as [string, string | undefined]));
  const once = params.get('once');
  if (params.has('once') && !once) return { ignored: 'once needs an id: once=<id>' };
  const known = new Set(head.startsWith('429') ? ['once', 'retry-after'] : ['once']);
  const unknown = [...params.keys()].find((name) => !known.has(name));
  if (unknown) return { ignored: `unknown parameter "${printable(unknown.slice(0, 40))}"` };
  const slow = /^slow=(\d+)$/.exec(head);
  let fault: Fault;
  if (head === 'lost-answer') fault = { kind: 'lost-answer' };
  else if (head === '500') fault = { kind: '500' };
  else if (slow && Number(slow[1]) <= MAX_SLOW_MS) fault = { kind: 'slow', ms: Number(slow[1]) };
  else if (head === '429') {
    const retryAfter = Number(params.get('retry-after') ?? 1);
    if (!Number.isInteger(retryAfter) || retryAfter < 0 || retryAfter > MAX_RETRY_AFTER) return { ignored: `retry-after must be whole seconds from 0 to ${MAX_RETRY_AFTER}` };
    fault = { kind: '429', retryAfter };
  } else return { ignored: `unknown fault "${printable(head.slice(0, 40))}" (lost-answer, slow=<ms> up to ${MAX_SLOW_MS}, 500, 429; retry-after=<s>)` };
  return once ? { fault, once } : { fault };
}

/** Text from a request as it may go back in a header: printable ASCII only. */
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?');
}

export interface FaultsOptions {
  contract: Contract;
  domain: Domain;
  db: Database;
}

export const faults = fp<FaultsOptions>(async (app: FastifyInstance, { contract, domain, db }) => {
  app.addHook('preHandler', async (request, reply) => {
    const raw = request.headers[FAULT_HEADER];
    if (raw === undefined || !request.caller) return;
    const read = readFault(Array.isArray(raw) ? raw.join(';') : raw);
    if ('ignored' in read) {
      reply.header('X-Sandbox-Fault-Ignored', read.ignored);
      return;
    }
    if (read.once) {
      const spent = await db.query('insert into sandbox.spent_faults (tenant_id, id) values ($1, $2) on conflict do nothing returning id', [request.caller.tenantId, read.once]);
      if (spent.length === 0) return;
    }
    const { fault } = read;
    const operation = request.routeOptions.config.operation;
    if (fault.kind === '500') return send(reply, contract.answer(domain.refusals.serverFault, operation));
    if (fault.kind === '429') {
      const headers = contract.rateLimitHeaders;
      const limit = request.window?.limit ?? 0;
      const resetAt = Math.ceil(Date.now() / 1000) + fault.retryAfter;
      const window = { limit, remaining: 0, resetAt, windowSeconds: request.window?.windowSeconds ?? domain.rateLimit.windowSeconds, retryAfter: fault.retryAfter };
      reply.header(headers.retryAfter!, fault.retryAfter).header(headers.remaining!, 0).header(headers.reset!, resetAt);
      return send(reply, { status: Number(contract.catalog.profile.rateLimit?.status ?? 429), body: domain.tooManyRequests(window) });
    }
    request.fault = fault;
  });
});

declare module 'fastify' {
  interface FastifyRequest {
    /** A fault that acts once the operation has run: a lost answer, or a slow one. */
    fault?: Fault;
  }
}
