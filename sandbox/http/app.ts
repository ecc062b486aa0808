// One Fastify server for one API, assembled from its contract and its domain
// module: one plugin per concern, registered in the order a request meets
// them (answers for whatever goes wrong, body reading, authentication and
// rate limits, faults asked for, the last touches on what is sent, the
// operations' routes).
import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import { answers, send } from './answers.ts';
import { authentication } from './authentication.ts';
import { bodies, BODY_LIMIT } from './body.ts';
import type { Contract } from './contract.ts';
import type { Domain } from './domain.ts';
import { faults } from './faults.ts';
import { routes } from './routes.ts';
import { sent, type SentAnswer } from './sent.ts';
import { validatorCompiler } from './validation.ts';

export interface AppOptions {
  contract: Contract;
  domain: Domain;
  db: Database;
  /** Sees every answer as it is sent (the test suite checks each against the contract). */
  onAnswer?: (answer: SentAnswer) => void;
  /** Sees every unexpected fault, answered as the API's 500. Default: one line on stderr. */
  onFault?: (error: unknown, where: string) => void;
}

export async function buildApp({ contract, domain, db, onAnswer, onFault = logFault }: AppOptions): Promise<FastifyInstance> {
  const unknownRoute = () => contract.answer(domain.refusals.unknownRoute);
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    // No answers the contract does not document: no automatic HEAD routes, no 503 while closing.
    exposeHeadRoutes: false,
    return503OnClosing: false,
    forceCloseConnections: true,
    // Paths must match exactly, final slash included, as the contracts say.
    routerOptions: { ignoreTrailingSlash: false, ignoreDuplicateSlashes: false },
    // A URL Fastify cannot decode names nothing.
    frameworkErrors: (_error, _request, reply) => void send(reply, unknownRoute()),
    // A request too broken to be HTTP gets the API's answer to an unknown route, then the connection closes.
    clientErrorHandler: (error, socket) => {
      if (socket.writable && (error as NodeJS.ErrnoException).code !== 'ECONNRESET') {
        const { status, body } = unknownRoute();
        const text = JSON.stringify(body);
        socket.end(`HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`);
      } else socket.destroy();
    },
  });
  app.setValidatorCompiler(validatorCompiler(contract.spec));
  await app.register(answers, { contract, domain, onFault: (error, request) => onFault(error, `${request.method} ${request.url}`) });
  await app.register(bodies);
  await app.register(authentication, { contract, domain, db });
  await app.register(faults, { contract, domain, db });
  await app.register(sent, { contract, onAnswer });
  await app.register(routes, { contract, domain, db });
  await app.ready();
  return app;
}

function logFault(error: unknown, where: string): void {
  process.stderr.write(`sandbox: unexpected fault on ${where}: ${String(error instanceof Error ? error.message : error).split('\n')[0]}\n`);
}
