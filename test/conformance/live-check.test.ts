// The live check reports each deliberate break of the fixture server, and
// nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getApi } from '../../scripts/lib/apis.ts';
import { checkLiveServer, type LiveReport } from '../../scripts/lib/conformance/live-check.ts';
import { BREAKS, startLiveFixture } from '../fixtures/campone-live-server.ts';

describe('the live check against a CampOne server that breaks the contract on three routes', () => {
  let fixture: Awaited<ReturnType<typeof startLiveFixture>>;
  let report: LiveReport;

  beforeAll(async () => {
    fixture = await startLiveFixture();
    report = await checkLiveServer(getApi('campone'), fixture.url, 'live-secret-key');
  }, 60_000);
  afterAll(() => fixture?.close());

  const reported = () => [...new Set(report.findings.map((f) => `${f.operationId} ${f.status}`))].sort();

  it('reports exactly the three deliberate breaks', () => {
    expect(reported()).toEqual(Object.values(BREAKS).sort());
  });

  it('says what differs for each break', () => {
    const about = (key: string) => report.findings.filter((f) => `${f.operationId} ${f.status}` === key).map((f) => f.message).join('\n');
    expect(about(BREAKS.wrongErrorShape)).toMatch(/response\.body: .*required property 'detail'/);
    expect(about(BREAKS.undocumentedStatus)).toMatch(/Unable to match the returned status code/);
    expect(about(BREAKS.missingRetryAfter)).toMatch(/response\.header: .*retry-after/i);
  });

  it('sends every probe and never prints the API key', () => {
    expect(report.requests).toBeGreaterThanOrEqual(10);
    expect(JSON.stringify(report)).not.toContain('live-secret-key');
  });
});
