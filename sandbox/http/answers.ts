// Sending answers, and answering what never reaches an operation's logic:
// requests the framework refuses (body too large, unknown content type),
// schema failures, unknown routes and unexpected faults, each with a status
// and body the contract documents, in the API's own error shape.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { violationsOf } from '../../model/ajv.js';
import type { Answer, Contract } from './contract.ts';
import type { Domain, Refusals } from './domain.ts';
import { answerViolations, type RequestPart } from './validation.ts';

/** A request refused for one of the reasons the API words itself (see Refusals). */
export class Refused extends Error {
  constructor(readonly reason: keyof Refusals) {
    super(`refused: ${reason}`);
  }
}

export function send(reply: FastifyReply, answer: Answer): FastifyReply {
  return reply.code(answer.status).type('application/json; charset=utf-8').send(JSON.stringify(answer.body));
}

/** Framework errors that mean the request was refused, by Fastify's code, with the refusal each stands for. */
const FRAMEWORK_REFUSALS: Record<string, keyof Refusals> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'bodyTooLarge',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'wrongMediaType',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformedJson',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformedJson',
  FST_ERR_BAD_URL: 'unknownRoute',
};

export interface AnswersOptions {
  contract: Contract;
  domain: Domain;
  /** Called with each unexpected fault, answered as the API's 500. */
  onFault(error: unknown, request: FastifyRequest): void;
}

export const answers = fp<AnswersOptions>(async (app: FastifyInstance, { contract, domain, onFault }) => {
  // Every refusal must resolve in the contract (a code it lists, an example it has) before the first request.
  for (const ref of Object.values(domain.refusals)) contract.answer(ref);

  const refusal = (reason: keyof Refusals, request: FastifyRequest) => contract.answer(domain.refusals[reason], request.routeOptions.config.operation);

  app.setNotFoundHandler((request, reply) => send(reply, refusal('unknownRoute', request)));

  const serverFault = contract.answer(domain.refusals.serverFault);
  const unexpected = (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    onFault(error, request);
    request.unexpectedFault = true;
    return send(reply, serverFault);
  };

  app.setErrorHandler((error: FastifyError, request, reply) => {
    try {
      const operation = request.routeOptions.config.operation;
      if (error instanceof Refused) return send(reply, refusal(error.reason, request));
      if (error.validation && operation) {
        return send(reply, answerViolations(contract, domain, operation, error.validationContext as RequestPart, violationsOf(error.validation as never), request.body));
      }
      const reason = Object.hasOwn(FRAMEWORK_REFUSALS, error.code) ? FRAMEWORK_REFUSALS[error.code] : undefined;
      if (reason) return send(reply, refusal(reason, request));
      return unexpected(error, request, reply);
    } catch (failure) {
      // Answering failed too: still the API's 500, never the framework's page.
      return unexpected(failure, request, reply);
    }
  });
});

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the answer is the 500 of an unexpected fault (not one asked for with X-Sandbox-Fault). */
    unexpectedFault?: boolean;
  }
}
