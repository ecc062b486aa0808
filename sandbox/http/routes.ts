// One route per operation of the contract, each validated by its own schemas
// and served by the API's handler for that operationId. An operation without
// a handler stops the start, so the sandbox never serves part of a contract.
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { codeForViolations } from '../../model/catalog.js';
import { UserError } from '../../model/input.js';
import type { Database } from '../db/database.ts';
import { send } from './answers.ts';
import { routeOf, type Contract } from './contract.ts';
import type { Domain } from './domain.ts';
import { routeSchema } from './validation.ts';

export interface RoutesOptions {
  contract: Contract;
  domain: Domain;
  db: Database;
}

export const routes = fp<RoutesOptions>(async (app: FastifyInstance, { contract, domain, db }) => {
  const missing = contract.operations.filter((operation) => !domain.handlers[operation.id]).map((operation) => operation.label);
  if (missing.length > 0) throw new UserError(`${contract.api.name}: the sandbox has no logic for ${missing.join(', ')}`);
  for (const operation of contract.operations) {
    const handler = domain.handlers[operation.id]!;
    const bodyRequired = operation.requestBody.node?.required === true;
    app.route({
      method: operation.method.toUpperCase(),
      url: routeOf(operation),
      schema: routeSchema(contract.spec, operation),
      config: { operation },
      // No body where one is required: the catalog's code for that (a `required` violation at the
      // root), else the body is validated as `{}`, so that each required field says it is missing.
      preValidation: async (request, reply) => {
        if (request.body !== undefined || !bodyRequired) return;
        const code = codeForViolations(contract.catalog, operation, [{ at: '', keyword: 'required' }]);
        if (code) return send(reply, contract.answer({ code }, operation));
        request.body = {};
      },
      handler: async (request, reply) => {
        const answer = await handler({
          operation,
          caller: request.caller!,
          params: request.params as Record<string, unknown>,
          query: request.query as Record<string, unknown>,
          body: request.body,
          db,
          url: new URL(request.url, `${request.protocol}://${request.host}`),
          contract,
        });
        if (request.fault?.kind === 'slow') await sleep(request.fault.ms);
        if (request.fault?.kind === 'lost-answer') {
          // The work is done and committed; the answer is lost on the way, as when a connection drops.
          reply.hijack();
          request.raw.socket.destroy();
          return reply;
        }
        return send(reply, answer);
      },
    });
  }
});
