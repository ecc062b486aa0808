// The CampOne sandbox: its behaviour, and the wording its contract leaves to
// the server. Bodies and codes come from the contract (catalog codes, named
// examples); the server around it is generic (sandbox/http/).
import { BODY_LIMIT, MAX_DEPTH } from '../http/body.ts';
import type { Contract } from '../http/contract.ts';
import type { Domain } from '../http/domain.ts';
import { createBooking, getBooking, listBookings, stayProblems } from './bookings.ts';
import { campOneMessages } from './messages.ts';
import { campOneSeed } from './seed.ts';
import { campOneShowcases } from './showcases.ts';
import { getSite, listSites } from './sites.ts';

export function campOne(contract: Contract): Domain {
  const messages = campOneMessages(contract);
  const tooMany: string = contract.example('listBookings', '429', 'rate_limited').detail;
  return {
    api: 'campone',
    // The contract states the limit (X-RateLimit-Limit) but not the window; a minute is the sandbox's choice.
    rateLimit: { windowSeconds: 60, per: 'key' },
    refusals: {
      malformedJson: { example: 'malformed_json' },
      wrongMediaType: { example: 'unsupported_media_type' },
      bodyTooLarge: { status: 400, prose: `The request body is larger than ${BODY_LIMIT} bytes.` },
      tooDeep: { status: 400, prose: `The request body nests deeper than ${MAX_DEPTH} levels.` },
      unknownRoute: { code: 'not_found' },
      serverFault: { example: 'server_error' },
      missingKey: { code: 'invalid_key' },
      unknownKey: { code: 'invalid_key' },
      inactiveKey: { code: 'key_inactive' },
    },
    // The documented sentence, with this window's wait in place of its number.
    tooManyRequests: ({ retryAfter }) => ({ detail: tooMany.replace(/\d+/, String(retryAfter)) }),
    fieldMessage: messages.fieldMessage,
    wholeBodyProblems: (operation, body) => (operation.id === 'createBooking' ? stayProblems(messages, body) : []),
    handlers: { listBookings, createBooking: createBooking(messages), getBooking, listSites, getSite },
    seed: campOneSeed(contract),
    showcases: (baseUrl) => campOneShowcases(contract, baseUrl),
  };
}
