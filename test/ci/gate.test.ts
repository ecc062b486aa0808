// The breaking-change gate (tools/gate/compat.ts) on edited copies of each
// API's bundle: the copy plays the released description, the edit today's spec.
// Each case but the lowered version runs redocly diff once (~0.5 s), so the
// cases run concurrently.
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { listApis } from '../../model/registry.js';
import { annotateVerdict, atSource, formatFinding } from '../../tools/report/annotations.ts';
import { additiveWarning, compareSpecs, type Comparison } from '../../tools/gate/compat.ts';
import {
  addOptionalFieldAndErrorCode,
  bumpVersion,
  changeErrorSchema,
  fixtureFolder,
  removeErrorResponse,
  removeErrorCode,
  removeResponseField,
  requireOptionalRequestProperty,
} from './spec-edits.ts';

const rules = (findings: { rule: string }[]) => findings.map((finding) => finding.rule);

describe.concurrent.each(listApis())('the breaking-change gate on a copy of $name', (api) => {
  const fixture = fixtureFolder(api.bundle);
  afterAll(() => rmSync(fixture.dir, { recursive: true, force: true }));
  const compare = (name: string, ...edits: Parameters<typeof fixture.write>[1][]) => compareSpecs(fixture.base, fixture.write(name, ...edits));

  it('passes an unchanged copy and reports no change at all', async () => {
    const result = await compareSpecs(fixture.base, fixture.write('unchanged'));
    expect(result).toMatchObject({ passed: true, outcome: 'ok', breaking: [], summary: { major: 0, minor: 0, patch: 0 } });
  });

  it('fails a removed response field without a major bump, and lists every change as data', async () => {
    const result = await compare('removed-field', removeResponseField, bumpVersion('minor'));
    expect(result.outcome).toBe('needs-major');
    expect(rules(result.breaking)).toContain('property-removed');
    // Every change is data: where it shows (the operation that meets it), what it was and is, and where to edit it.
    const removed = result.changes.find((change) => change.source?.rule === 'property-removed')!;
    expect(removed).toMatchObject({ impact: 'major', kind: 'removed', path: expect.arrayContaining(['paths', 'properties']), before: expect.anything(), message: expect.stringMatching(/was removed/) });
    expect(removed).not.toHaveProperty('after');
    expect(removed.source).toMatchObject({ file: expect.stringMatching(/removed-field\.json$|released\.json$/), line: expect.any(Number) });
    expect(result.changes).toContainEqual(expect.objectContaining({ impact: 'patch', kind: 'modified', path: ['info'], property: 'version', before: expect.any(String), after: expect.any(String) }));
    const count = (impact: string) => result.changes.filter((change) => change.impact === impact).length;
    expect(result.summary).toEqual({ major: count('major'), minor: count('minor'), patch: count('patch') });
  });

  it('fails a newly required request property, annotated on the file and line that shows it', async () => {
    const revision = fixture.write('newly-required', requireOptionalRequestProperty);
    const result = await compareSpecs(fixture.base, revision);
    expect(result.passed).toBe(false);
    const finding = result.breaking.find((candidate) => candidate.rule === 'required-properties-added');
    expect(finding).toMatchObject({ file: revision, line: expect.any(Number), col: expect.any(Number) });
    const annotation = formatFinding(finding!, 'github-actions');
    expect(annotation.startsWith(`::error file=${revision.replace(/:/g, '%3A')},line=${finding!.line},col=${finding!.col},`)).toBe(true);
    expect(annotation).toMatch(/,title=required-properties-added::\S/);
    // diff.ts reports it on the hand-written YAML instead.
    expect(atSource(api.root)(finding!)).toMatchObject({ file: expect.stringMatching(new RegExp(`^openapi/${api.name}/.+\\.yaml$`)), line: expect.any(Number) });
  });

  it('fails a removed 404 (or other 4xx) response, since error responses count like success responses', async () => {
    const result = await compare('removed-error-response', removeErrorResponse);
    expect(result.passed).toBe(false);
    expect(rules(result.breaking)).toContain('response-removed');
  });

  it('fails a changed error body schema reached through $ref components', async () => {
    const result = await compare('error-schema', changeErrorSchema);
    expect(result.passed).toBe(false);
    expect(rules(result.breaking)).toContain('schema-type-changed');
  });

  it('fails a removed documented error code, which redocly diff cannot see', async () => {
    const result = await compare('removed-code', removeErrorCode);
    expect(result.passed).toBe(false);
    expect(rules(result.breaking)).toEqual(['error-code-removed']);
  });

  it('passes an additive edit without any version bump, with a warning to raise the minor version before release', async () => {
    const result = await compare('additive', addOptionalFieldAndErrorCode);
    expect(result).toMatchObject({ passed: true, outcome: 'ok', breaking: [] });
    expect(result.summary.minor).toBeGreaterThanOrEqual(2);
    expect(additiveWarning(api.name, result, api.root)).toMatch(new RegExp(`^${api.name}: warning: \\d+ additive change\\(s\\) since release \\S+, but info.version is still the released \\S+; raise it in openapi/${api.name}/openapi.yaml to at least \\d+\\.\\d+\\.0 before the next release$`));
  });

  it('lets every breaking edit pass once the major version is raised', async () => {
    const result = await compare('major-bump', removeResponseField, requireOptionalRequestProperty, removeErrorResponse, changeErrorSchema, removeErrorCode, bumpVersion('major'));
    expect(result).toMatchObject({ passed: true, outcome: 'major-bump' });
    expect(rules(result.breaking)).toEqual(
      expect.arrayContaining(['property-removed', 'required-properties-added', 'response-removed', 'schema-type-changed', 'error-code-removed']),
    );
  });

  it('fails a version lower than the released one', async () => {
    const result = await compare('lowered', bumpVersion('lower'));
    expect(result).toMatchObject({ passed: false, outcome: 'version-lowered' });
  });

});

describe('the additive-change warning', () => {
  const comparison = (revision: string, minor: number, outcome: Comparison['outcome'] = 'ok'): Comparison => ({
    base: { major: 1, minor: 2, patch: 0, text: '1.2.0' },
    revision: { major: Number(revision[0]), minor: Number(revision[2]), patch: 0, text: revision },
    summary: { major: 0, minor, patch: 0 },
    changes: [],
    breaking: [],
    outcome,
    passed: true,
  });

  it('asks for at least the next minor version when additive changes kept the released version', () => {
    expect(additiveWarning('x', comparison('1.2.0', 1), 'openapi/x/openapi.yaml')).toBe(
      'x: warning: 1 additive change(s) since release 1.2.0, but info.version is still the released 1.2.0; raise it in openapi/x/openapi.yaml to at least 1.3.0 before the next release',
    );
  });

  it('stays silent once the version was raised above the release, or when nothing was added', () => {
    expect(additiveWarning('x', comparison('1.3.0', 1), 'openapi/x/openapi.yaml')).toBeUndefined();
    // Against a base branch that already raised 1.2.0 (released: 1.1.0), more additions need no further bump.
    expect(additiveWarning('x', comparison('1.2.0', 1), 'openapi/x/openapi.yaml', 'origin/main at 1.2.0', { major: 1, minor: 1, patch: 0, text: '1.1.0' })).toBeUndefined();
    expect(additiveWarning('x', comparison('1.2.0', 0), 'openapi/x/openapi.yaml')).toBeUndefined();
    expect(additiveWarning('x', comparison('2.0.0', 1, 'major-bump'), 'openapi/x/openapi.yaml')).toBeUndefined();
  });
});

describe('a failed verdict on GitHub', () => {
  it('points at the info.version line of the hand-written root', () => {
    const fixture = fixtureFolder(listApis()[0]!.bundle);
    const root = `${fixture.dir}/openapi.yaml`;
    writeFileSync(root, 'openapi: 3.1.0\ninfo:\n  title: T\n  version: 1.2.0\npaths: {}\n');
    expect(annotateVerdict('x: 1 breaking change(s), 50% of them', root)).toBe(
      `::error file=${root},line=4,title=breaking-change-gate::x: 1 breaking change(s), 50%25 of them`,
    );
    rmSync(fixture.dir, { recursive: true, force: true });
  });
});
