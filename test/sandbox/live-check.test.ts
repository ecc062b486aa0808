// The project's live check (`npm run conformance -- --target <sandbox>`) finds
// nothing to report on the sandbox of either API: every probe, sent to the
// sandbox itself, gets an answer the contract documents.
import { describe, expect, inject, it } from 'vitest';
import { sandboxApis } from '../../sandbox/start.ts';
import { getApi, readBundle } from '../../model/registry.js';
import { checkLiveServer } from '../../tools/conformance/live-check.ts';
import { demoKey } from './support/demo-keys.ts';

describe('the live check against the sandbox', () => {
  it.concurrent.each(sandboxApis().map((name) => getApi(name)).map((api) => [api.name, api] as const))('reports no violation for %s', async (_name, api) => {
    const report = await checkLiveServer(readBundle(api), inject('sandboxUrls')[api.name]!, demoKey(api.name, 0, 'load'));
    expect(report.findings).toEqual([]);
    expect(report.requests).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
