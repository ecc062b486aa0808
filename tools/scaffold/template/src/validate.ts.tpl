// booking-contracts/__NAME__/validate: the __TITLE__ request validator, for the
// client's `validate` option. An entry of its own, so that ajv's generated
// code reaches only the apps that import it:
//
//   import { validate } from 'booking-contracts/__NAME__/validate';
//   const api = create__PASCAL__Client({ apiKey, validate });
import { contract } from '../../generated/__NAME__/contract.js';
import { bodyChecks, violationMessages } from '../../generated/__NAME__/request-validators.js';
import { requestValidator } from '../core/validate.js';

export type { Refusal, RequestValidator } from '../core/validate.js';

/** Refuses a __TITLE__ request body the contract refuses, answering as the server would. */
export const validate = requestValidator(contract, bodyChecks, violationMessages);
