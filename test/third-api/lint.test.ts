// A third API, shaped unlike the two products (code at /error/code, 422 field
// lists, a public health check, RateLimit-* headers), lints clean; and each
// way of breaking its promises fails the lint with the rule that guards it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { operationById, type Json } from '../../model/spec.js';
import { runLint } from '../../tools/lint/run-lint.ts';
import { lint } from '../rules/harness.ts';
import { harbor, harborSpec } from './harbor.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The rules that fail on the bundle after `edit`. */
async function rulesAfter(edit: (spec: Json) => void): Promise<string[]> {
  const spec = structuredClone(harborSpec()) as Json;
  edit(spec);
  return [...new Set((await lint(spec)).map((finding) => String(finding.code)))].sort();
}

const op = (spec: Json, id: string) => operationById(spec, id)!.node;

describe('the Harbor fixture', () => {
  it('passes Redocly and every contract rule, public health check and nested codes included', async () => {
    const outcome = await runLint('stylish', [harbor.root], []);
    expect(outcome.stdout).toBe('');
    expect(outcome.passed).toBe(true);
  });

  it.each<[string, (spec: Json) => void, string[]]>([
    ['a 429 removed from one operation', (spec) => delete op(spec, 'getMooring').responses['429'], ['contract-required-responses']],
    ['a 401 removed from a secured operation', (spec) => delete op(spec, 'listMoorings').responses['401'], ['contract-required-responses']],
    [
      'a 404 that uses the validation schema',
      (spec) => (spec.components.responses.NotFound.content['application/json'].schema = { $ref: '#/components/schemas/ValidationFailed' }),
      ['contract-error-schema'],
    ],
    [
      'an example showing a code the catalog does not list',
      (spec) => (spec.components.responses.InternalError.content['application/json'].examples.internal_error.value.error.code = 'disk_full'),
      ['contract-catalog-examples', 'contract-undocumented-code'],
    ],
    [
      'a catalog code naming an operation that lacks its status',
      (spec) => spec['x-error-catalog'].codes.not_found.operations.push('listMoorings'),
      ['contract-catalog-examples'],
    ],
    ['Retry-After removed from the 429', (spec) => delete spec.components.responses.TooManyRequests.headers['Retry-After'], ['contract-rate-limit']],
    [
      'a public operation the catalog does not admit',
      (spec) => (spec['x-error-catalog'].profile.authentication.public = ['getMooring']),
      ['contract-catalog-references', 'contract-tenant-isolation'],
    ],
  ])('fails the contract rules on %s', async (_change, edit, rules) => {
    expect(await rulesAfter(edit)).toEqual(rules);
  });

  it('fails the lint, with the hand-written file and line, on an example that contradicts its schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-lint-'));
    folders.push(dir);
    cpSync(dirname(harbor.root), dir, { recursive: true, filter: (source) => !source.includes('generated') });
    const file = join(dir, 'components', 'schemas', 'Mooring.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  length_m:\n    type: number', '  length_m:\n    type: string'));
    const outcome = await runLint('stylish', [join(dir, 'openapi.yaml')], []);
    expect(outcome.passed).toBe(false);
    expect(outcome.stdout).toMatch(/no-invalid-media-type-examples/);
    expect(outcome.stdout).toMatch(/paths\/moorings\.yaml:\n\s+\d+:\d+\s+error\s+no-invalid-media-type-examples/);
    expect(outcome.stderr).not.toMatch(/Woohoo|is valid/);
  });
});
