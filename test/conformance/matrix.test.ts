// The conformance matrix: every operation × documented status × named example,
// asked of the mock with `Prefer` and called through the project's client.
// Nothing here names an operation: cases come from the bundled spec.
import { describe, expect, inject, it } from 'vitest';
import { listApis, readBundle } from '../../model/registry.js';
import { buildMatrix, coverage, type MatrixCase } from '../../tools/conformance/matrix.ts';
import { loadClientFactory, runCase } from '../../tools/conformance/run-matrix.ts';


describe.each(listApis())('the $name conformance matrix', async (api) => {
  const spec = readBundle(api);
  const cases = buildMatrix(spec);
  const createClient = await loadClientFactory(api.name);
  const client = createClient({ apiKey: 'matrix-key', baseUrl: inject('mockUrls')[api.name] });
  const passed: MatrixCase[] = [];

  it.each(cases.map((c) => [c.id, c] as const))('%s comes back through the client as documented', async (_id, c) => {
    const result = await runCase(client, c);
    expect(result.problems).toEqual([]);
    passed.push(c);
  });

  it('exercises every documented status and every catalog code where it occurs', () => {
    expect(coverage(spec, passed).missing).toEqual([]);
  });
});

describe('matrix coverage', () => {
  const api = listApis()[0]!;
  const spec = readBundle(api);
  const cases = buildMatrix(spec);

  it('is complete when every case passed', () => {
    expect(coverage(spec, cases).missing).toEqual([]);
  });

  it('names a status that no passing case exercised', () => {
    const dropped = cases.find((c) => c.status === 500)!;
    const rest = cases.filter((c) => !(c.operation === dropped.operation && c.status === 500));
    expect(coverage(spec, rest).missing).toContain(`${dropped.operation.id} 500`);
  });

  it('names a catalog code that no passing case exercised where it occurs', () => {
    const withCode = cases.find((c) => c.code !== undefined)!;
    const rest = cases.filter((c) => !(c.operation === withCode.operation && c.code === withCode.code));
    expect(coverage(spec, rest).missing).toContain(`${withCode.operation.id} ${withCode.code}`);
  });
});
