// The project's live check (`npm run conformance -- --target <sandbox>`) finds
// nothing to report on the sandbox of either API: every probe, sent through
// `prism proxy`, gets an answer the contract documents.
import { describe, expect, inject, it } from 'vitest';
import { listApis } from '../../model/registry.js';
import { checkLiveServer } from '../../tools/conformance/live-check.ts';
import { demoKey } from './support/demo-keys.ts';

describe('the live check against the sandbox', () => {
  it.concurrent.each(listApis().map((api) => [api.name, api] as const))('reports no violation for %s', async (_name, api) => {
    const report = await checkLiveServer(api, inject('sandboxUrls')[api.name]!, demoKey(api.name, 0, 'load'));
    expect(report.findings).toEqual([]);
    expect(report.requests).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
