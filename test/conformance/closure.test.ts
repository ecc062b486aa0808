// Error-path closure: generated bad requests sent to each mock must get a
// status the operation documents and a body valid for that status. Prism's own
// answers are allowed only as the documented mock exceptions.
import { describe, expect, inject, it } from 'vitest';
import { listApis, readBundle } from '../../model/registry.js';
import { sampleBadRequests } from './support/bad-requests.ts';
import { createResponseChecker } from '../../tools/conformance/check-response.ts';
import { mockExceptionFor } from './support/mock-exceptions.ts';
import { mapLimited, send } from '../../tools/conformance/send.ts';


/**
 * Each API must have at least this many error answers checked against its
 * contract. Mock exceptions do not count, nor do successes: a breakage that
 * leaves the request valid (an optional field dropped) tests no error path.
 */
const CHECKED_PER_API = 1000;
const BATCH = 500;
/** Stop drawing here even if too few answers were checkable; the test then fails. */
const MAX_REQUESTS = 6000;

describe.each(listApis())('error-path closure of the $name mock', (api) => {
  it(`answers at least ${CHECKED_PER_API} checked error paths only with documented statuses and shapes`, async () => {
    const spec = readBundle(api);
    const checker = createResponseChecker(spec);
    const baseUrl = inject('mockUrls')[api.name]!;
    const undocumented: string[] = [];
    const exceptions = new Map<string, number>();
    const statuses = new Map<number, number>();
    let tried = 0;
    let checked = 0;
    let errorsChecked = 0;
    // Draw in batches until enough answers were checkable: on an API whose auth
    // errors Prism cannot mock, most auth breakages end as mock exceptions.
    for (let seed = 1; errorsChecked < CHECKED_PER_API && tried < MAX_REQUESTS; seed++) {
      const requests = sampleBadRequests(spec, BATCH, seed);
      const answers = await mapLimited(requests, 16, (request) => send(baseUrl, request));
      tried += requests.length;
      requests.forEach((request, index) => {
        const answer = answers[index]!;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const exception = mockExceptionFor(request.operation, request, answer);
        if (exception) {
          exceptions.set(exception.id, (exceptions.get(exception.id) ?? 0) + 1);
          return;
        }
        checked++;
        if (answer.status >= 400) errorsChecked++;
        for (const problem of checker.check(request.operation, answer)) {
          undocumented.push(`${request.operationId} [${request.breakage}] → ${problem}`);
        }
      });
    }
    console.log(
      `${api.name}: ${tried} bad requests tried, ${checked} answers checked against the contract (${errorsChecked} of them errors), ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}, mock exceptions ${JSON.stringify(Object.fromEntries(exceptions))}`,
    );
    expect(undocumented.slice(0, 20)).toEqual([]);
    expect(errorsChecked).toBeGreaterThanOrEqual(CHECKED_PER_API);
  }, 60_000);
});
