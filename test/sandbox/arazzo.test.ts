// The Arazzo workflows of each API (openapi/<api>/<api>.arazzo.yaml), the
// guides' stories, run by `redocly respect` against the sandbox: every
// workflow runs, and every step passes, both its success criteria and
// Respect's own checks of the answer against the contract. A step may fail on
// its way only where the workflow says to retry it (waiting out a 429).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { getApi } from '../../model/registry.js';
import { tool } from '../../tools/cli/tool.ts';
import { demoKey, demoTenant } from './support/demo-keys.ts';
import { uniqueEmail } from './support/http.ts';

/** Each API's workflow inputs, from sandbox/demo.json (burst keys as claimed in support/demo-keys.ts). */
const inputs: Record<string, () => Record<string, string | number>> = {
  campone: () => ({
    readWriteKey: demoKey('campone', 0, 'readWrite'),
    readOnlyKey: demoKey('campone', 0, 'readOnly'),
    revokedKey: demoKey('campone', 0, 'revoked'),
    burstKey: demoKey('campone', 1, 'burst'),
    siteId: demoTenant('campone', 0).siteId as number,
    foreignSiteId: demoTenant('campone', 1).siteId as number,
    foreignBookingId: demoTenant('campone', 1).bookingId as number,
    guestEmail: uniqueEmail('arazzo'),
  }),
  bookingshake: () => ({
    key: demoKey('bookingshake', 0, 'readWrite'),
    revokedKey: demoKey('bookingshake', 0, 'revoked'),
    burstKey: demoKey('bookingshake', 0, 'burst'),
    contactId: demoTenant('bookingshake', 0).contactId as string,
    spaceId: demoTenant('bookingshake', 0).spaceId as string,
    foreignContactId: demoTenant('bookingshake', 1).contactId as string,
  }),
};

interface Workflow {
  workflowId: string;
  steps: { stepId: string; onFailure?: { type: string }[] }[];
}

interface ExecutedStep {
  stepId: string;
  status: string;
  checks: { name: string; passed: boolean }[];
}

describe('the Arazzo workflows, run against the sandbox by redocly respect', () => {
  it.concurrent.each(Object.keys(inputs))('%s: every workflow runs and every step passes', async (name) => {
    const file = join(dirname(getApi(name).root), `${name}.arazzo.yaml`);
    const workflows = (parse(readFileSync(file, 'utf8')) as { workflows: Workflow[] }).workflows;
    const report = join(mkdtempSync(join(tmpdir(), 'sandbox-arazzo-')), 'report.json');
    const args = ['respect', file, '--server', `${name}=${inject('sandboxUrls')[name]}`, '--json-output', report];
    for (const [input, value] of Object.entries(inputs[name]!())) args.push('--input', `${input}=${value}`);
    const run = await tool('redocly', args);
    expect(run.exitCode, String(run.all).slice(-2000)).toBe(0);

    const executed = Object.values(JSON.parse(readFileSync(report, 'utf8')).files as Record<string, { executedWorkflows: { workflowId: string; status: string; executedSteps: ExecutedStep[] }[] }>)[0]!
      .executedWorkflows;
    expect(executed.map((workflow) => workflow.workflowId)).toEqual(workflows.map((workflow) => workflow.workflowId));
    for (const workflow of workflows) {
      const ran = executed.find((candidate) => candidate.workflowId === workflow.workflowId)!;
      expect([workflow.workflowId, ran.status]).toEqual([workflow.workflowId, 'success']);
      for (const step of workflow.steps) {
        const attempts = ran.executedSteps.filter((candidate) => candidate.stepId === step.stepId);
        const retried = step.onFailure?.some((action) => action.type === 'retry') === true;
        // The last attempt passes every check; earlier ones exist only where a retry is written.
        expect([step.stepId, attempts.at(-1)?.status, attempts.at(-1)?.checks.every((check) => check.passed)]).toEqual([step.stepId, 'success', true]);
        if (!retried) expect([step.stepId, attempts.length]).toEqual([step.stepId, 1]);
      }
    }
  }, 60_000);
});
