// The BookingShake sandbox: its behaviour, and the wording its contract leaves
// to the server. Every documented error is a catalog code with its message;
// the server around it is generic (sandbox/http/).
import { codeValue } from '../../model/catalog.js';
import { BODY_LIMIT, MAX_DEPTH } from '../http/body.ts';
import type { Contract } from '../http/contract.ts';
import type { Domain } from '../http/domain.ts';
import { createEvent } from './events.ts';
import { listCustomFields, listEventStatuses, listSources, listSpaces } from './reference-data.ts';
import { bookingShakeSeed } from './seed.ts';
import { bookingShakeShowcases } from './showcases.ts';

export function bookingShake(contract: Contract): Domain {
  const rateLimited = codeValue('rate_limit_exceeded', contract.catalog.codes.rate_limit_exceeded!);
  return {
    api: 'bookingshake',
    // The contract: per key and per endpoint, over a window of one minute.
    rateLimit: { windowSeconds: 60, per: 'operation' },
    refusals: {
      malformedJson: { code: 'invalid_json' },
      // Not in the guide; prose, as the contract allows for refusals it does not list.
      wrongMediaType: { status: 400, prose: 'Send the request body as JSON, with Content-Type: application/json' },
      bodyTooLarge: { status: 400, prose: `Request body is larger than ${BODY_LIMIT} bytes` },
      tooDeep: { status: 400, prose: `Request body nests deeper than ${MAX_DEPTH} levels` },
      unknownRoute: { status: 400, prose: 'No such endpoint' },
      serverFault: { code: 'internal_server_error' },
      missingKey: { code: 'missing_authorization' },
      unknownKey: { code: 'invalid_api_key' },
      inactiveKey: { code: 'invalid_api_key' },
    },
    tooManyRequests: ({ limit, windowSeconds, remaining, resetAt, retryAfter }) => ({
      message: rateLimited,
      data: { limit, window: `${windowSeconds} seconds`, remaining, resetAt: new Date(resetAt * 1000).toISOString(), retryAfter },
    }),
    describe({ at, keyword }) {
      if (at === '' && keyword === 'oneOf') return 'Send either contact or contact_id, not both';
      if (at === '' && keyword === 'not') return 'Send either source_slug or source_id, not both';
      return undefined;
    },
    handlers: { createEvent, listCustomFields, listSources, listSpaces, listEventStatuses },
    seed: bookingShakeSeed(contract),
    showcases: (baseUrl) => bookingShakeShowcases(contract, baseUrl),
  };
}
