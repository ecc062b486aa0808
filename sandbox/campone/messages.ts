// CampOne's field-keyed messages, in the contract's own words: each text is
// read from an example of the contract, and a number in it stands for the
// schema's limit. Violations the examples do not word keep ajv's wording (the
// contract calls messages prose, free to change).
import type { Violation } from '../../model/ajv.js';
import { wholeRequestKey } from '../../model/catalog.js';
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
  /** The first message an example of the contract gives for a field. */
  const text = (operationId: string, example: string, field: string): string => {
    const messages = contract.example(operationId, '400', example)?.[field];
    if (!Array.isArray(messages) || typeof messages[0] !== 'string') throw new UserError(`campone: example ${example} of ${operationId} has no message for ${field}`);
    return messages[0];
  };
  /** A message with one number in it, as a template for other limits. */
  const withLimit = (message: string) => {
    if ((message.match(/-?\d+/g) ?? []).length !== 1) throw new UserError(`campone: "${message}" should hold exactly one number, the limit`);
    return (limit: unknown) => message.replace(/-?\d+/, String(limit));
  };
  const required = text('createBooking', 'missing_fields', 'site_id');
  const atLeast = withLimit(text('createBooking', 'invalid_fields', 'num_adults'));
  const atMost = withLimit(text('listBookings', 'invalid_query', 'page_size'));
  const email = text('createBooking', 'invalid_fields', 'guest_email');
  const date = text('listBookings', 'invalid_query', 'check_in_date');
  const whole = wholeRequestKey(contract.spec, contract.catalog, '400');
  if (!whole) throw new UserError('campone: the 400 error shape has no key for the request as a whole');
  return {
    whole,
    checkOutBeforeCheckIn: text('createBooking', 'invalid_fields', whole),
    fieldMessage({ keyword, params }) {
      if (keyword === 'required') return required;
      if (keyword === 'minimum') return atLeast(params.limit);
      if (keyword === 'maximum') return atMost(params.limit);
      if (keyword === 'format' && params.format === 'email') return email;
      if (keyword === 'format' && params.format === 'date') return date;
      return undefined;
    },
  };
}
