// Turning an error response into an HttpError, and deciding whether it is one
// the contract documents. openapi-fetch hands over whatever the body was: parsed
// JSON, the raw text of an HTML page, or nothing. Only a documented status
// with a body of a documented shape may be typed as that status's schema.
import type { Contract, ErrorShape } from './contract.js';
import { HttpError, type RequestSummary } from './errors.js';
import { dig } from './dig.js';
import { readRateLimit } from './rate-limit.js';
import { redactValue, type Redactor } from './redact.js';
import { askedWait } from './retry-after.js';

export interface ErrorContext {
  contract: Contract;
  redact: Redactor;
}

/**
 * The response key of an operation that covers a status (the status itself, its range `4XX`,
 * or `default`), with its `*` when that response has no JSON body. The contract lists keys most
 * specific first, so the first match is the one that applies.
 */
export const responseKey = (keys: string | undefined, status: number): string | undefined =>
  ` ${keys} `.match(` ((${status}|${`${status}`[0]}XX|default)\\*?) `)?.[1];

/** The HttpError for a response, and whether its status and body are what the operation documents. */
export function readHttpError(
  { contract, redact }: ErrorContext,
  keys: string | undefined,
  request: RequestSummary,
  response: Response,
  raw: unknown,
  detail?: string,
): [error: HttpError, documented: boolean] {
  const body = raw === '' ? undefined : redactValue(raw, redact);
  const record = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  const text = dig(record, contract.codePath);
  const fieldErrors =
    record && typeof text !== 'string' && Object.values(record).every((value) => Array.isArray(value) && value.every((item) => typeof item === 'string'))
      ? (record as Record<string, string[]>)
      : undefined;
  const shape: ErrorShape | undefined = typeof text === 'string' ? 'code' : fieldErrors ? 'fields' : record && 'object';
  const allowed = contract.errorShapes[response.status] ?? ['object'];
  const documented = !!responseKey(keys, response.status) && !!shape && (allowed.includes(shape) || allowed.includes('object'));
  const error = new HttpError(
    {
      status: response.status,
      body,
      // Only at the code's own status: a 409 whose detail happens to read "not_found" is not the 404.
      code: Object.keys(contract.codes).find((code) => contract.codes[code]![0] === response.status && (contract.codes[code]![1] ?? code) === text),
      fieldErrors,
      rateLimit: readRateLimit(response.headers, contract.rateLimit),
      retryAfterMs: askedWait(response.headers, body, contract),
      detail:
        detail ??
        (typeof text === 'string'
          ? text
          : fieldErrors
            ? Object.entries(fieldErrors).map(([field, messages]) => `${field}: ${messages.join(' ')}`).join('; ')
            : body === undefined
              ? 'empty body'
              : typeof body === 'string'
                ? `body is not JSON (${response.headers.get('content-type')})`
                : 'undocumented body'),
      response,
    },
    request,
  );
  return [error, documented];
}
