// How npm run diff prints what the gate found (tools/report/gate-report.ts,
// changelog.ts), on a verdict made by hand: a changelog line per change in
// every format, annotations for GitHub, one SARIF log or JUnit document.
import { describe, expect, it } from 'vitest';
import type { Change } from '../../tools/gate/changes.ts';
import type { ApiVerdict } from '../../tools/gate/run-diff.ts';
import type { Finding } from '../../tools/report/annotations.ts';
import { beforeToAfter, changeLine, readableLocation } from '../../tools/report/changelog.ts';
import { renderVerdicts } from '../../tools/report/gate-report.ts';

const removedAt: Finding = { impact: 'major', rule: 'property-removed', message: 'Property `is_active` of `Site` was removed.', file: 'openapi/x/components/schemas/Site.yaml', line: 12, col: 3 };
const requiredAt: Finding = { impact: 'major', rule: 'required-properties-removed', message: 'Properties of `Booking` are no longer required: `guest_email`.', file: 'openapi/x/components/schemas/Booking.yaml', line: 2, col: 1 };
const removed: Change = {
  impact: 'major',
  kind: 'removed',
  path: ['paths', '/sites/', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'allOf', '1', 'properties', 'results', 'items', 'properties', 'is_active'],
  before: { type: 'boolean' },
  message: removedAt.message,
  source: removedAt,
};
const required: Change = {
  impact: 'major',
  kind: 'modified',
  path: ['paths', '/bookings/{id}/', 'get', 'responses', '200', 'content', 'application/json', 'schema'],
  property: 'required',
  before: ['id', 'guest_name', 'guest_email', 'status'],
  after: ['id', 'guest_name', 'status'],
  message: requiredAt.message,
  source: requiredAt,
};
const version: Change = {
  impact: 'patch',
  kind: 'modified',
  path: ['info'],
  property: 'version',
  before: '1.1.0',
  after: '1.2.0',
  source: { impact: 'patch', rule: 'info-modified', message: '', file: 'openapi/x/openapi.yaml', line: 4, col: 12 },
};
const verdict = (passed: boolean): ApiVerdict => ({
  api: 'x',
  passed,
  changes: [removed, required, version],
  breaking: [removedAt, requiredAt],
  since: 'release 1.1.0',
  lines: [{ level: passed ? 'notice' : 'error', text: passed ? 'x: passed: 2 breaking change(s) since release 1.1.0, allowed by the major bump to 2.0.0' : 'x: 2 breaking change(s) since release 1.1.0 need a major version bump', file: 'openapi/x/openapi.yaml' }],
});

describe('a changelog line', () => {
  it('names the place as a reader does: the operation, then the field', () => {
    expect(readableLocation(removed.path)).toBe('GET /sites/ › responses › 200 › results[].is_active');
    expect(readableLocation(['paths', '/bookings/', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'guest', 'properties', 'email'])).toBe('POST /bookings/ › requestBody › guest.email');
    expect(readableLocation(['x-error-catalog', 'codes', 'not_found'])).toBe('x-error-catalog › codes › not_found');
    expect(readableLocation(['paths', '/sites/{id}/'])).toBe('/sites/{id}/');
  });

  it('shows before → after, for a list only what changed, for a long text only the part that differs', () => {
    expect(beforeToAfter(required)).toBe('[…, "guest_email"] → […]');
    expect(beforeToAfter(version)).toBe('"1.1.0" → "1.2.0"');
    expect(beforeToAfter({ after: { status: '404' } })).toBe('(none) → {"status":"404"}');
    const before = `${'The booking API. '.repeat(6)}Bookings are final.`;
    expect(beforeToAfter({ before, after: before.replace('final', 'free to cancel') })).toBe('"…ings are final." → "…ings are free to cancel."');
  });

  it('reads impact, kind, place, before → after, the rule’s words and the hand-written line', () => {
    expect(changeLine(removed)).toBe(
      '  major  removed   GET /sites/ › responses › 200 › results[].is_active: {"type":"boolean"} → (none)  Property `is_active` of `Site` was removed. (openapi/x/components/schemas/Site.yaml:12:3)',
    );
    expect(changeLine(version)).toBe('  patch  modified  info › version: "1.1.0" → "1.2.0" (openapi/x/openapi.yaml:4:12)');
  });
});

describe('the formats of npm run diff', () => {
  it('stylish: the changelog and the verdict, all on stdout', async () => {
    const { stdout, stderr } = await renderVerdicts([verdict(false)], 'stylish');
    expect(stderr).toBe('');
    expect(stdout.split('\n')).toEqual(['x: 3 change(s) since release 1.1.0:', changeLine(removed), changeLine(required), changeLine(version), 'x: 2 breaking change(s) since release 1.1.0 need a major version bump']);
  });

  it('github-actions: annotations on each breaking change and a failed verdict, notices once a major bump allows them', async () => {
    const failed = (await renderVerdicts([verdict(false)], 'github-actions')).stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(failed).toEqual([
      '::error file=openapi/x/components/schemas/Site.yaml,line=12,col=3,title=property-removed::Property `is_active` of `Site` was removed.',
      '::error file=openapi/x/components/schemas/Booking.yaml,line=2,col=1,title=required-properties-removed::Properties of `Booking` are no longer required: `guest_email`.',
      '::error file=openapi/x/openapi.yaml,title=breaking-change-gate::x: 2 breaking change(s) since release 1.1.0 need a major version bump',
    ]);
    const passed = (await renderVerdicts([verdict(true)], 'github-actions')).stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(passed.map((line) => line.split(' ')[0])).toEqual(['::notice', '::notice']);
  });

  it('junit: one document on stdout with a failure per breaking change and failed verdict; the verdict on stderr', async () => {
    const { stdout, stderr } = await renderVerdicts([verdict(false)], 'junit');
    expect(stdout).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<testsuites>\n[\s\S]*<\/testsuites>$/);
    expect(stdout.match(/<failure /g)).toHaveLength(3);
    expect(stderr).toBe('x: 2 breaking change(s) since release 1.1.0 need a major version bump');
    expect((await renderVerdicts([verdict(true)], 'junit')).stdout.match(/<failure /g)).toBeNull();
  });

  it('sarif: one log naming the gate, every change at its level', async () => {
    const log = JSON.parse((await renderVerdicts([verdict(true)], 'sarif')).stdout);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'booking-contracts breaking-change gate' });
    expect(log.runs[0].results.map((result: { level: string; ruleId: string }) => `${result.level} ${result.ruleId}`)).toEqual([
      'warning property-removed',
      'warning required-properties-removed',
      'note info-modified',
      'note breaking-change-gate',
    ]);
    expect(log.runs[0].results[0].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'openapi/x/components/schemas/Site.yaml' }, region: { startLine: 12, startColumn: 3 } });
  });
});
