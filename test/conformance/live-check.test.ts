// The live check reports each deliberate break of the fixture server, and
// nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getApi } from '../../model/registry.js';
import { checkLiveServer, probeThroughProxy, type LiveReport } from '../../tools/conformance/live-check.ts';
import { startPrism, type RunningPrism } from '../../tools/mock/prism.ts';
import { tool } from '../../tools/cli/tool.ts';
import { BREAKS, startLiveFixture } from '../fixtures/campone-live-server.ts';

describe('the live check against a CampOne server that breaks the contract on three routes', () => {
  let fixture: Awaited<ReturnType<typeof startLiveFixture>>;
  let proxy: RunningPrism;
  let report: LiveReport;

  // One proxy for this fixture, shared by the tests below (the refused-key one too).
  beforeAll(async () => {
    fixture = await startLiveFixture();
    proxy = await startPrism(getApi('campone').bundle, { upstream: fixture.url });
    report = await probeThroughProxy(getApi('campone'), proxy.url, 'live-secret-key');
  }, 60_000);
  afterAll(async () => {
    await proxy?.stop();
    await fixture?.close();
  });

  it('reports exactly the three deliberate breaks, from the probes that hit them, and nothing else', () => {
    expect(report.findings.map((f) => `${f.operationId} ${f.status} [${f.probe}]`).sort()).toEqual(
      [
        // The wrong shape breaks two schema keywords: `detail` missing, `error` not allowed.
        `${BREAKS.wrongErrorShape} [malformed path parameter id]`,
        `${BREAKS.wrongErrorShape} [malformed path parameter id]`,
        `${BREAKS.undocumentedStatus} [wrong content type]`,
        `${BREAKS.missingRetryAfter} [valid request]`,
      ].sort(),
    );
  });

  it('says what differs for each break', () => {
    const about = (key: string) => report.findings.filter((f) => `${f.operationId} ${f.status}` === key).map((f) => f.message).join('\n');
    expect(about(BREAKS.wrongErrorShape)).toMatch(/response\.body: .*required property 'detail'/);
    expect(about(BREAKS.undocumentedStatus)).toMatch(/Unable to match the returned status code/);
    expect(about(BREAKS.missingRetryAfter)).toMatch(/response\.header: .*retry-after/i);
  });

  it('says so on every valid request when the server refuses the key', async () => {
    const refused = await probeThroughProxy(getApi('campone'), proxy.url, 'refused-key');
    const messages = refused.findings.filter((f) => f.message.includes('check --api-key'));
    expect(messages.map((f) => f.operationId).sort()).toEqual(['createBooking', 'getBooking', 'getSite', 'listBookings', 'listSites']);
  });

  it('sends every probe and never prints the API key', () => {
    expect(report.requests).toBeGreaterThanOrEqual(10);
    expect(JSON.stringify(report)).not.toContain('live-secret-key');
  });
});

describe('the live check against a server that does not answer', () => {
  it('reports every probe as unanswered instead of passing', async () => {
    const closed = await startLiveFixture();
    await closed.close();
    const report = await checkLiveServer(getApi('campone'), closed.url, 'some-key');
    expect(report.findings).toHaveLength(report.requests);
    expect(report.findings.every((f) => f.message.startsWith('no answer from the server: '))).toBe(true);
  }, 60_000);
});

describe('npm run conformance on bad input', () => {
  it.concurrent.each([
    [['--api', 'campone'], /^--target <baseUrl> is required/],
    [['--target', 'not a url', '--api-key', 'k'], /^--target: "not a url" is not a URL$/],
    [['--target', 'http://127.0.0.1:9'], /^no API key: pass --api-key/],
  ])('%j: one line, exit 1', async (args, message) => {
    const result = await tool('tsx', ['scripts/conformance.ts', ...args], { env: { CONFORMANCE_API_KEY: '' } });
    expect(result.exitCode).toBe(1);
    expect(String(result.stderr).trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });
});
