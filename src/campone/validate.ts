// booking-contracts/campone/validate: CampOne's request validator, for the
// client's `validate` option. An entry of its own, so that ajv's generated
// code reaches only the apps that import it:
//
//   import { validate } from 'booking-contracts/campone/validate';
//   const api = createCampOneClient({ apiKey, validate });
import { contract } from '../../generated/campone/contract.js';
import { bodyChecks, violationMessages } from '../../generated/campone/request-validators.js';
import { requestValidator } from '../core/validate.js';

export type { Refusal, RequestValidator } from '../core/validate.js';

/** Refuses a CampOne request body the contract refuses, answering as the server would. */
export const validate = requestValidator(contract, bodyChecks, violationMessages);
