// Error-path closure of the sandbox: the same generated bad requests as the
// mocks get (test/conformance/support/closure.ts), with no exception at all:
// every answer must be one the contract documents. Sent with tenant 1's load
// key, so that breaking the key is the only way to fail authentication; drawn
// in batches of 1,300, since most answers are checkable errors.
import { describe, expect, inject, it } from 'vitest';
import { sandboxApis } from '../../sandbox/start.ts';
import { getApi } from '../../model/registry.js';
import { CHECKED_PER_API, runClosure } from '../conformance/support/closure.ts';
import { demoKey } from './support/demo-keys.ts';

describe.concurrent.each(sandboxApis().map((name) => getApi(name)))('error-path closure of the $name sandbox', (api) => {
  it(`answers at least ${CHECKED_PER_API} checked error paths with documented statuses and shapes, and needs no exception`, async () => {
    const run = await runClosure({ api, baseUrl: inject('sandboxUrls')[api.name]!, apiKey: demoKey(api.name, 0, 'load'), batch: 1300 });
    console.log(`${api.name} sandbox: ${run.tried} bad requests tried, ${run.errorsChecked} error answers checked, statuses ${JSON.stringify(run.statuses)}`);
    expect(run.undocumented.slice(0, 20)).toEqual([]);
    expect(run.excused).toEqual({});
    expect(run.errorsChecked).toBeGreaterThanOrEqual(CHECKED_PER_API);
  }, 60_000);
});
