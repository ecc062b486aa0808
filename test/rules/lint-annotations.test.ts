// `npm run lint -- --format github-actions|sarif` on a hand-written spec with
// problems: annotations name the hand-written file and line that cause them,
// and the SARIF log carries both linters.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../model/registry.js';
import { tool } from '../../tools/cli/tool.ts';

let dir: string;
const SITE = 'paths/api_v1_public_sites_{id}.yaml';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lint-annotations-'));
  await cp(join(projectRoot, 'openapi/campone'), dir, { recursive: true });
  // Two problems in one path file: a 404 the profile requires is gone (contract
  // rule), and the summary Redocly's recommended ruleset wants is gone.
  const file = join(dir, SITE);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/\n {4}"404":\n {6}\$ref: [^\n]+/, '').replace(/\n {2}summary: Get a site/, ''));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const lint = (format: string) => tool('node', ['scripts/lint.js', join(dir, 'openapi.yaml'), '--format', format]);

describe('lint annotations', () => {
  it('put a contract rule’s github-actions annotation on the hand-written path file, at the responses key', async () => {
    const result = await lint('github-actions');
    expect(result.exitCode).toBe(1);
    const line = String(result.stdout).split('\n').find((l) => l.includes('title=contract-required-responses'))!;
    const responsesLine = (await readFile(join(dir, SITE), 'utf8')).split('\n').indexOf('  responses:') + 1;
    expect(line).toMatch(/file=[^,]*\/paths\/api_v1_public_sites_\{id\}\.yaml,/);
    expect(line).toContain(`line=${responsesLine},`);
  });

  it('give one SARIF log with a run for the contract rules and a run for Redocly', async () => {
    const result = await lint('sarif');
    const log = JSON.parse(String(result.stdout));
    const byTool = Object.fromEntries(log.runs.map((run: any) => [run.tool.driver.name, run.results.map((r: any) => r.ruleId)]));
    expect(byTool.spectral).toContain('contract-required-responses');
    expect(byTool['Redocly CLI']).toContain('operation-summary');
    const redocly = log.runs.find((run: any) => run.tool.driver.name === 'Redocly CLI').results[0];
    expect(redocly.locations[0].physicalLocation.artifactLocation.uri).toMatch(/api_v1_public_sites_\{id\}\.yaml$/);
  });

  it('give one valid SARIF log, exit 0, for the whole project with several APIs', async () => {
    const result = await tool('node', ['scripts/lint.js', '--format', 'sarif']);
    expect(result.exitCode).toBe(0);
    const log = JSON.parse(String(result.stdout));
    expect(log.runs.map((run: any) => [run.tool.driver.name, run.results.length])).toEqual([
      ['spectral', 0],
      ['Redocly CLI', 0],
    ]);
  });
});
