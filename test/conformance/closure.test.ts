// Error-path closure of the mocks: generated bad requests sent to each mock
// must get a status the operation documents and a body valid for that status.
// Prism's own answers are allowed only as the documented mock exceptions. The
// sandbox runs the same closure with none (test/sandbox/closure.test.ts).
import { describe, expect, inject, it } from 'vitest';
import { listApis } from '../../model/registry.js';
import { CHECKED_PER_API, runClosure } from './support/closure.ts';
import { mockExceptionFor } from './support/mock-exceptions.ts';

describe.each(listApis())('error-path closure of the $name mock', (api) => {
  it(`answers at least ${CHECKED_PER_API} checked error paths only with documented statuses and shapes`, async () => {
    const run = await runClosure({
      api,
      baseUrl: inject('mockUrls')[api.name]!,
      exceptionFor: (request, answer) => mockExceptionFor(request.operation, request, answer)?.id,
    });
    console.log(
      `${api.name}: ${run.tried} bad requests tried, ${run.errorsChecked} error answers checked against the contract, ` +
        `statuses ${JSON.stringify(run.statuses)}, mock exceptions ${JSON.stringify(run.excused)}, ` +
        `kinds no longer sent because their every answer was excused: ${Object.keys(run.settled).join(', ') || 'none'}`,
    );
    expect(run.undocumented.slice(0, 20)).toEqual([]);
    expect(run.errorsChecked).toBeGreaterThanOrEqual(CHECKED_PER_API);
  }, 60_000);
});
