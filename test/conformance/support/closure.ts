// The error-path closure run, shared by the mocks' and the sandbox's tests:
// generated bad requests are sent until enough error answers were checked
// against the contract (documented status, body valid for it). A server that
// cannot follow the contract in a known way (Prism) passes `exceptionFor`; a
// server that implements it (the sandbox) passes none, and then every answer
// is checked.
import { createSchemaValidator } from '../../../model/ajv.js';
import { toPointer } from '../../../model/pointer.js';
import type { ApiEntry } from '../../../model/registry.js';
import { readBundle } from '../../../model/registry.js';
import { jsonMediaType } from '../../../model/spec.js';
import type { Answer } from '../../../tools/conformance/check-response.ts';
import { createResponseChecker } from '../../../tools/conformance/check-response.ts';
import { mapLimited, send } from '../../../tools/conformance/send.ts';
import { sampleBadRequests, type BadRequest } from './bad-requests.ts';

/**
 * Each API must have at least this many error answers checked against its
 * contract. Excused answers do not count, nor do successes: a breakage that
 * leaves the request valid (an optional field dropped) tests no error path.
 */
export const CHECKED_PER_API = 1000;
/** Requests drawn at a time, unless the caller knows better. */
const BATCH = 500;
/** Stop sending here even if too few answers were checkable; the test then fails. */
const MAX_REQUESTS = 6000;
/** Stop drawing here: the generator has run out of requests not sent yet. */
const MAX_DRAWS = 30_000;
/** A kind of breakage on one operation whose first this-many answers were all excused alike is settled: it is drawn no more. */
const SETTLED_AFTER = 10;

export interface ClosureRun {
  /** Distinct bad requests sent: a request drawn again is not sent again, nor counted again. */
  tried: number;
  errorsChecked: number;
  /** Problems with answers, each naming the request that got it. */
  undocumented: string[];
  /** How many answers each exception excused. */
  excused: Record<string, number>;
  /** Kinds of breakage (operation and kind) no longer sent, each with the exception that excused all of its answers. */
  settled: Record<string, string>;
  statuses: Record<number, number>;
}

export interface ClosureOptions {
  api: ApiEntry;
  baseUrl: string;
  /** A key the server accepts; a mock takes any. */
  apiKey?: string;
  /** The id of the exception that excuses an answer, if any does. */
  exceptionFor?: (request: BadRequest, answer: Answer) => string | undefined;
  /** Requests drawn at a time (default 500): a server whose every answer counts needs one batch a little over CHECKED_PER_API. */
  batch?: number;
}

/**
 * Whether a breakage that only drops a field or adds a key left the body
 * valid for its schema (the field was optional, the schema allows the key):
 * the request is then the valid one with less or more of what the schema
 * leaves open, which tests no error path, so it is neither sent nor counted.
 * A changed value is always sent, valid for the schema or not: a site of
 * another tenant or too many guests is an error only the server knows.
 */
function bodyStillValid(check: (pointer: string, value: unknown) => string[]): (request: BadRequest) => boolean {
  return (request) => {
    const media = /^body: (drop|add) /.test(request.breakage) && request.body !== undefined ? jsonMediaType(request.operation.requestBody) : undefined;
    if (!media?.node.schema) return false;
    let body: unknown;
    try {
      body = JSON.parse(request.body!);
    } catch {
      return false;
    }
    return check(toPointer([...media.at, 'schema']), body).length === 0;
  };
}

/**
 * The kind of a breakage on its operation: its label without the value, and
 * for a body sent as text whether it is blank, JSON or neither, e.g. `getBooking auth`,
 * `createBooking body text, not JSON`, `listBookings query page=`.
 */
function kindOf(request: BadRequest): string {
  const kind = request.breakage.match(/^(?:auth|content type|body text|body: (?:drop|add|\{\})|(?:path|query) \S+?=|body: \S+?=)/)?.[0] ?? request.breakage;
  return `${request.operationId} ${kind}${kind === 'body text' ? `, ${textKind(request.body ?? '')}` : ''}`;
}

/** Blank (which a server may read as no body), JSON, or neither. */
function textKind(text: string): string {
  if (text.trim() === '') return 'blank';
  try {
    JSON.parse(text);
    return 'JSON';
  } catch {
    return 'not JSON';
  }
}

/** What makes two requests the same request: everything that is sent. */
const sameAs = (request: BadRequest) => JSON.stringify([request.method, request.path, request.headers, request.body]);

export async function runClosure({ api, baseUrl, apiKey, exceptionFor, batch = BATCH }: ClosureOptions): Promise<ClosureRun> {
  const spec = readBundle(api);
  const validator = createSchemaValidator(spec);
  const checker = createResponseChecker(spec, validator);
  const stillValid = bodyStillValid(validator.check);
  const run: ClosureRun = { tried: 0, errorsChecked: 0, undocumented: [], excused: {}, statuses: {}, settled: {} };
  // Per kind of breakage: answers so far, and the one exception that excused
  // them all (null once any answer was not excused, or excused otherwise).
  // Prism answers some kinds with its own body every time (no credentials on
  // an API whose auth failures are 400, a body that is not JSON); those
  // answers are excused, never checked, so after SETTLED_AFTER of them more
  // of the same kind would check nothing.
  const kinds = new Map<string, { answers: number; excusedBy: string | null }>();
  // The generator draws some requests many times (a missing key, an empty
  // body, a content type); each is sent and counted once, so the count is of
  // distinct error paths.
  const sent = new Set<string>();
  // Draw in batches until enough answers were checkable: on an API whose auth
  // errors Prism cannot mock, most auth breakages end as mock exceptions.
  for (let seed = 1; run.errorsChecked < CHECKED_PER_API && run.tried < MAX_REQUESTS && (seed - 1) * batch < MAX_DRAWS; seed++) {
    const requests = sampleBadRequests(spec, batch, seed, apiKey).filter(
      (request) => !(kindOf(request) in run.settled) && !sent.has(sameAs(request)) && sent.add(sameAs(request)) && !stillValid(request),
    );
    const answers = await mapLimited(requests, 16, (request) => send(baseUrl, request));
    run.tried += requests.length;
    requests.forEach((request, index) => {
      const answer = answers[index]!;
      run.statuses[answer.status] = (run.statuses[answer.status] ?? 0) + 1;
      const excuse = exceptionFor?.(request, answer);
      const name = kindOf(request);
      const kind = kinds.get(name) ?? { answers: 0, excusedBy: excuse ?? null };
      kind.answers++;
      if (kind.excusedBy !== (excuse ?? null)) kind.excusedBy = null;
      kinds.set(name, kind);
      if (kind.excusedBy && kind.answers >= SETTLED_AFTER) run.settled[name] = kind.excusedBy;
      if (excuse) {
        run.excused[excuse] = (run.excused[excuse] ?? 0) + 1;
        return;
      }
      if (answer.status >= 400) run.errorsChecked++;
      for (const problem of checker.check(request.operation, answer)) run.undocumented.push(`${request.operationId} [${request.breakage}] → ${problem}`);
    });
  }
  return run;
}
