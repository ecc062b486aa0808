// Turning an error response into an HttpError, and deciding whether it is one
// the contract documents. openapi-fetch hands over whatever the body was: parsed
// JSON, the raw text of an HTML page, or nothing. Only a documented status
// with a body of a documented shape may be typed as that status's schema.
import type { Contract, ErrorShape } from './contract.js';
import { HttpError, type RequestSummary } from './errors.js';
import { dig } from './dig.js';
import { readRateLimit } from './rate-limit.js';
import { redactHeaders, redactValue, type Redactor } from './redact.js';
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

/** The texts masking never touches: the catalog's codes and messages, read as documented whatever the key. */
const catalogTexts = (contract: Contract) => new Set<unknown>(Object.entries(contract.codes).flat(2));

/** Longest server text an error message quotes; the body keeps it whole. */
const QUOTE = 300;
const cut = (text: string) => (text.length > QUOTE ? `${text.slice(0, QUOTE)}…` : text);

/**
 * The HttpError for a response, and whether its status and body are what the operation documents.
 * Code, field errors and wait are read from the body as the server sent it; the key is masked only
 * in what the error keeps (body, field errors, message, response headers).
 */
export function readHttpError(
  { contract, redact }: ErrorContext,
  keys: string | undefined,
  request: RequestSummary,
  response: Response,
  raw: unknown,
  detail?: string,
): [error: HttpError, documented: boolean] {
  const sent = raw === '' ? undefined : raw;
  const record = sent && typeof sent === 'object' && !Array.isArray(sent) ? (sent as Record<string, unknown>) : undefined;
  const text = dig(record, contract.codePath);
  const fields = record && typeof text !== 'string' && Object.values(record).every((value) => Array.isArray(value) && value.every((item) => typeof item === 'string'));
  const shape: ErrorShape | undefined = typeof text === 'string' ? 'code' : fields ? 'fields' : record && 'object';
  const allowed = contract.errorShapes[response.status] ?? ['object'];
  const documented = !!responseKey(keys, response.status) && !!shape && (allowed.includes(shape) || allowed.includes('object'));
  const keep = catalogTexts(contract);
  const body = redactValue(sent, redact, keep);
  const fieldErrors = fields ? (body as Record<string, string[]>) : undefined;
  const error = new HttpError(
    {
      status: response.status,
      body,
      // Only at the code's own status: a 409 whose detail happens to read "not_found" is not the 404.
      code: Object.keys(contract.codes).find((code) => contract.codes[code]![0] === response.status && (contract.codes[code]![1] ?? code) === text),
      fieldErrors,
      rateLimit: readRateLimit(response.headers, contract.rateLimit),
      retryAfterMs: askedWait(response.headers, sent, contract),
      detail: cut(
        detail ??
          (typeof text === 'string'
            ? (dig(body, contract.codePath) as string) // the code text as the masked body holds it
            : fieldErrors
              ? Object.entries(fieldErrors).map(([field, messages]) => `${field}: ${messages.join(' ')}`).join('; ')
              : body === undefined
                ? 'empty body'
                : typeof body === 'string'
                  ? `body is not JSON (${response.headers.get('content-type')})`
                  : 'undocumented body'),
      ),
      // Status and headers only (the body is read, a URL can hold the key in its query), with the key
      // masked in the headers. A status-0 response (a browser's opaque redirect) cannot be copied and holds nothing.
      response: response.status
        ? new Response(null, { status: response.status, statusText: redact(response.statusText), headers: redactHeaders(response.headers, redact) })
        : response,
    },
    request,
  );
  return [error, documented];
}
