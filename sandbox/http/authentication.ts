// Authentication, scopes and rate limits, before anything else of a request is
// read: the key from the header the contract names, refused in the API's own
// words (missing, unknown, inactive), the scope the operation needs (else the
// catalog's scope-failure answer), then the request counted in the key's
// window, with the contract's headers on the answer and the API's 429 once the
// window is used up.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { keyPlacement, jsonMediaType, namedExamplesOf, type Operation } from '../../model/spec.js';
import { UserError } from '../../model/input.js';
import type { Database } from '../db/database.ts';
import { scopesOf, statedLimit, type Answer, type Contract } from './contract.ts';
import type { Caller, Domain, Window } from './domain.ts';
import { identify } from './callers.ts';
import { send } from './answers.ts';

export interface AuthenticationOptions {
  contract: Contract;
  domain: Domain;
  db: Database;
}

interface Rules {
  operation: Operation;
  scopes: string[][];
  limit: number;
  bucket: string;
}

export const authentication = fp<AuthenticationOptions>(async (app: FastifyInstance, { contract, domain, db }) => {
  const scopeFailure = scopeFailureAnswer(contract);
  const rules = new Map<Operation, Rules>(
    contract.operations.map((operation) => {
      const limit = statedLimit(contract, operation);
      if (limit === undefined) throw new UserError(`${contract.api.name}: ${operation.label} states no rate limit (no example on its success answer's ${contract.rateLimitHeaders.limit} header)`);
      const scopes = scopesOf(operation);
      if (!scopeFailure && scopes.some((list) => list.length > 0)) throw new UserError(`${contract.api.name}: ${operation.label} needs scopes, but x-error-catalog names no scope-failure response`);
      return [operation, { operation, scopes, limit, bucket: domain.rateLimit.per === 'key' ? '*' : operation.key }];
    }),
  );
  const headers = contract.rateLimitHeaders;

  app.addHook('onRequest', async (request, reply) => {
    const operation = request.routeOptions.config.operation;
    const rule = operation && rules.get(operation);
    // Unknown routes are answered without a key; operations without security need none.
    if (!rule || rule.operation.security.anonymous) return;
    const token = tokenFrom(request.headers, keyPlacement(contract.spec, rule.operation));
    if (token === null) return send(reply, contract.answer(domain.refusals.missingKey, operation));
    const found = token === undefined ? undefined : await identify(db, { api: domain.api, token, bucket: rule.bucket, limit: rule.limit, windowSeconds: domain.rateLimit.windowSeconds });
    if (!found) return send(reply, contract.answer(domain.refusals.unknownKey, operation));
    if (!found.active || !found.window) return send(reply, contract.answer(domain.refusals.inactiveKey, operation));
    const caller: Caller = { token: token!, tenantId: found.tenantId, scopes: found.scopes };
    request.caller = caller;
    const { limit, hits, resetAt, now, windowSeconds } = found.window;
    const window: Window = { limit, remaining: Math.max(0, limit - hits), resetAt: Math.ceil(resetAt), windowSeconds, retryAfter: Math.max(1, Math.ceil(resetAt - now)) };
    reply.header(headers.limit!, window.limit).header(headers.remaining!, window.remaining).header(headers.reset!, window.resetAt);
    if (!rule.scopes.some((needed) => needed.every((scope) => caller.scopes.includes(scope)))) return send(reply, scopeFailure!);
    if (hits > limit) {
      reply.header(headers.retryAfter!, window.retryAfter);
      return send(reply, { status: Number(contract.catalog.profile.rateLimit?.status ?? 429), body: domain.tooManyRequests(window) });
    }
    request.window = window;
  });
});

/**
 * The key sent as the operation's security scheme says: null when there is
 * none (no header, or an empty one), undefined when it cannot be read.
 */
function tokenFrom(requestHeaders: Record<string, string | string[] | undefined>, placement: ReturnType<typeof keyPlacement>): string | null | undefined {
  const name = placement?.kind === 'header' ? placement.name.toLowerCase() : 'authorization';
  const raw = requestHeaders[name];
  const value = (Array.isArray(raw) ? raw.join(',') : raw ?? '').trim();
  if (value === '') return null;
  if (placement?.kind === 'header') return value;
  const match = /^Bearer +(\S+)$/i.exec(value);
  return match ? match[1] : undefined;
}

/** The answer to a key without the scope: the first example of the catalog's scope-failure response. */
function scopeFailureAnswer(contract: Contract): Answer | undefined {
  const { scopeFailure, scopeFailureResponse } = contract.catalog.profile.isolation ?? {};
  const response = scopeFailureResponse ? contract.spec.components?.responses?.[scopeFailureResponse] : undefined;
  if (!scopeFailure || !response) return undefined;
  const [example] = namedExamplesOf(contract.spec, jsonMediaType({ node: response, at: ['components', 'responses', scopeFailureResponse!] }));
  return example && { status: Number(scopeFailure), body: example.value };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The accepted key's owner and scopes. */
    caller?: Caller;
    /** The caller's rate-limit window after this request. */
    window?: Window;
  }
  interface FastifyContextConfig {
    /** The contract operation the route serves. */
    operation?: Operation;
  }
}
