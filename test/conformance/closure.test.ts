// Error-path closure: generated bad requests sent to each mock must get a
// status the operation documents and a body valid for that status. Prism's own
// answers are allowed only as the documented mock exceptions.
import { describe, expect, inject, it } from 'vitest';
import { listApis } from '../../scripts/lib/apis.ts';
import { sampleBadRequests } from '../../scripts/lib/conformance/bad-requests.ts';
import { createResponseChecker } from '../../scripts/lib/conformance/check-response.ts';
import { mockExceptionFor } from '../../scripts/lib/conformance/mock-exceptions.ts';
import { mapLimited, send } from '../../scripts/lib/conformance/send.ts';
import { loadBundle } from '../../scripts/lib/spec.ts';

const REQUESTS_PER_API = 1000;

describe.each(listApis())('error-path closure of the $name mock', (api) => {
  it(`answers ${REQUESTS_PER_API} generated bad requests only with documented statuses and shapes`, async () => {
    const spec = loadBundle(api);
    const checker = createResponseChecker(spec);
    const baseUrl = inject('mockUrls')[api.name]!;
    const requests = sampleBadRequests(spec, REQUESTS_PER_API);
    const answers = await mapLimited(requests, 16, (request) => send(baseUrl, request));
    const undocumented: string[] = [];
    const exceptions = new Map<string, number>();
    let checked = 0;
    requests.forEach((request, index) => {
      const answer = answers[index]!;
      const exception = mockExceptionFor(request.operation, answer);
      if (exception) {
        exceptions.set(exception.id, (exceptions.get(exception.id) ?? 0) + 1);
        return;
      }
      checked++;
      for (const problem of checker.check(request.operation, answer)) {
        undocumented.push(`${request.operationId} [${request.breakage}] → ${problem}`);
      }
    });
    const statuses = new Map<number, number>();
    for (const answer of answers) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    console.log(
      `${api.name}: ${requests.length} bad requests tried, ${checked} answers checked against the contract, ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}, mock exceptions ${JSON.stringify(Object.fromEntries(exceptions))}`,
    );
    expect(undocumented.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(REQUESTS_PER_API / 2);
  });
});
