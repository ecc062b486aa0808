// booking-contracts/bookingshake/validate: BookingShake's request validator, for the
// client's `validate` option. An entry of its own, so that ajv's generated
// code reaches only the apps that import it:
//
//   import { validate } from 'booking-contracts/bookingshake/validate';
//   const api = createBookingShakeClient({ apiKey, validate });
import { contract } from '../../generated/bookingshake/contract.js';
import { bodyChecks, violationMessages } from '../../generated/bookingshake/request-validators.js';
import { requestValidator } from '../core/validate.js';

export type { Refusal, RequestValidator } from '../core/validate.js';

/** Refuses a BookingShake request body the contract refuses, answering as the server would. */
export const validate = requestValidator(contract, bodyChecks, violationMessages);
