// CampOne's field-keyed messages, in the contract's own words. A refused
// field's message is the catalog's (`profile.violationMessages`, the same
// lookup the client's `validate` is generated from); violations it does not
// word keep ajv's wording (the contract calls messages prose, free to change).
// The rule across fields (check-out after check-in) is no schema keyword: its
// text is read from the contract's example of it.
import type { Violation } from '../../model/ajv.js';
import { violationMessage, wholeRequestKey } from '../../model/catalog.js';
import { UserError } from '../../model/input.js';
import type { Contract } from '../http/contract.ts';

export interface CampOneMessages {
  fieldMessage(violation: Violation): string | undefined;
  /** The key of a field-keyed 400 for problems with the request as a whole (the catalog profile's `non_field_errors`). */
  whole: string;
  /** The whole-request message when check-out is not after check-in. */
  checkOutBeforeCheckIn: string;
}

export function campOneMessages(contract: Contract): CampOneMessages {
  const whole = wholeRequestKey(contract.spec, contract.catalog, '400');
  if (!whole) throw new UserError('campone: the 400 error shape has no key for the request as a whole');
  const messages = contract.example('createBooking', '400', 'invalid_fields')?.[whole];
  if (!Array.isArray(messages) || typeof messages[0] !== 'string') throw new UserError(`campone: example invalid_fields of createBooking has no message for ${whole}`);
  return {
    whole,
    checkOutBeforeCheckIn: messages[0],
    fieldMessage: (violation) => violationMessage(contract.catalog, violation),
  };
}
