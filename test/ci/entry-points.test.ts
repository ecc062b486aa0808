// The two CI entry points, .github/workflows/contract.yml and .ci/run, must run
// the same checks: the same npm commands in the same order, the sandbox suite's
// PostgreSQL included. Output formats are allowed to differ (the workflow asks
// for GitHub annotations), and so is the gate's --base: only a pull request
// has a base branch to compare with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../model/registry.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

const workflow = parse(readFileSync(join(projectRoot, '.github/workflows/contract.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const ciRun = readFileSync(join(projectRoot, '.ci/run'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The npm commands among shell lines, with `--format <value>`, `--base <ref>` (and a `--` left bare) removed. */
function npmCommands(lines: string[]): string[] {
  return lines
    .map((line) => line.trim())
    .filter((line) => /^npm\s/.test(line))
    .map((line) => line.replace(/\s--(format|base)[=\s]("[^"]*"|\S+)/g, '').replace(/\s--$/, '').replace(/\s+/g, ' '));
}

/** Whether a step runs on `event`: only `if: github.event_name == / != '…'` is read; other conditions count as running. */
function runsOn(event: string, step: Step): boolean {
  const condition = /^github\.event_name\s*(==|!=)\s*'([^']+)'$/.exec(step.if?.trim() ?? '');
  return !condition || (condition[2] === event) === (condition[1] === '==');
}

const workflowSteps = (event: string) => steps.filter((step) => runsOn(event, step));
const commandsOn = (event: string) => npmCommands(workflowSteps(event).flatMap((step) => (step.run ?? '').split('\n')));
const fromWorkflow = commandsOn('push');
const fromCiRun = npmCommands(ciRun.split('\n').filter((line) => !line.trim().startsWith('#')));

describe('the CI entry points', () => {
  it('run the same npm commands in the same order, on a push and on a pull request', () => {
    expect(fromWorkflow).toEqual(fromCiRun);
    expect(commandsOn('pull_request')).toEqual(fromCiRun);
    expect(fromWorkflow).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run lint',
      'npm run generate -- --check',
      'npm run diff',
      'npm run typecheck',
      'npm test',
      'npm run test:sandbox',
      'npm run docs',
    ]);
  });

  it('run the sandbox suite a second time on a PostgreSQL server that .ci/postgres starts, named in SANDBOX_DATABASE_URL', () => {
    const ciLines = ciRun.split('\n').map((line) => line.trim());
    const startsPostgres = ciLines.findIndex((line) => /^SANDBOX_DATABASE_URL="\$\(\.ci\/postgres sandbox\)"$/.test(line));
    expect(startsPostgres).toBeGreaterThan(-1);
    expect(ciLines.indexOf('export SANDBOX_DATABASE_URL')).toBeGreaterThan(startsPostgres);
    expect(ciLines.indexOf('npm run test:sandbox')).toBeGreaterThan(startsPostgres);
    // The URL assigned on a line of its own, so that a failing .ci/postgres fails the step, then handed on.
    const postgres = workflowSteps('push').findIndex((step) => step.run === 'url="$(.ci/postgres sandbox)"\necho "SANDBOX_DATABASE_URL=$url" >> "$GITHUB_ENV"\n');
    expect(postgres).toBeGreaterThan(-1);
    expect(workflowSteps('push').findIndex((step) => step.run === 'npm run test:sandbox')).toBeGreaterThan(postgres);
    expect(scripts['test:sandbox']).toBe('vitest run test/sandbox');
  });

  it('only run npm scripts that package.json defines', () => {
    const named = fromWorkflow.flatMap((command) => /^npm run (\S+)/.exec(command)?.[1] ?? []);
    expect(named.filter((name) => !(name in scripts))).toEqual([]);
  });

  it('ask for GitHub annotations from lint and the breaking-change gate in the workflow', () => {
    const runs = steps.map((step) => step.run ?? '');
    expect(runs).toContain('npm run lint -- --format github-actions');
    expect(workflowSteps('push').map((step) => step.run)).toContain('npm run diff -- --format github-actions');
  });

  it('gate a pull request against its base branch, with the history to read it, and a push against the release', () => {
    const gate = (event: string) => workflowSteps(event).find((step) => step.run?.startsWith('npm run diff'));
    expect(gate('pull_request')).toMatchObject({ run: 'npm run diff -- --format github-actions --base "origin/$BASE_REF"', env: { BASE_REF: '${{ github.base_ref }}' } });
    expect(gate('push')?.run).not.toMatch(/--base/);
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(ciRun).toMatch(/^npm run diff$/m);
  });

  it('cache node_modules in the workflow, keyed on package-lock.json, and skip npm ci on a hit', () => {
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache?.with).toMatchObject({ path: 'node_modules', key: expect.stringContaining("hashFiles('package-lock.json')") });
    const install = steps.find((step) => step.run?.startsWith('npm ci'));
    expect(install?.if).toMatch(/cache-hit != 'true'/);
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': 20 });
  });
});
