// A third API under Prism, called through the shared client core: every
// documented status and catalog code comes back as documented (the
// conformance matrix, derived from its spec), the public health check answers
// without a key, and a code at /error/code is recognised.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/core/client.js';
import { isErrorCode } from '../../src/core/errors.js';
import { buildMatrix, coverage, type MatrixCase } from '../../tools/conformance/matrix.ts';
import { buildProbes } from '../../tools/conformance/probes.ts';
import { runCase, type AnyClient } from '../../tools/conformance/run-matrix.ts';
import { send } from '../../tools/conformance/send.ts';
import { startPrism, type RunningPrism } from '../../tools/mock/prism.ts';
import { contract } from '../fixtures/harbor/generated/harbor/contract.js';
import type { paths } from '../fixtures/harbor/generated/harbor/schema.js';
import { harbor, harborSpec } from './harbor.ts';

let mock: RunningPrism;
beforeAll(async () => {
  mock = await startPrism(harbor.bundle);
});
afterAll(() => mock?.stop());

const spec = harborSpec();
const client = () => createApiClient<paths>(contract, { apiKey: 'harbor-key', baseUrl: mock.url, retry: 0 });

describe('the Harbor mock through the client', () => {
  const cases = buildMatrix(spec);
  const passed: MatrixCase[] = [];

  it.each(cases.map((c) => [c.id, c] as const))('%s comes back as documented', async (_id, c) => {
    expect((await runCase(client() as unknown as AnyClient, c)).problems).toEqual([]);
    passed.push(c);
  });

  it('exercises every documented status and every catalog code where it occurs', () => {
    expect(coverage(spec, passed).missing).toEqual([]);
  });

  it('probes no missing key on the public health check, and gets 200 without one', async () => {
    const probes = buildProbes(spec).filter((probe) => probe.operationId === 'getHealth');
    expect(probes.map((probe) => probe.label)).toEqual(['valid request']);
    expect(probes[0]!.headers).not.toHaveProperty('Authorization');
    expect((await send(mock.url, probes[0]!)).status).toBe(200);
  });

  it('reads the code of a 401 at error.code', async () => {
    const keyless = createApiClient<paths>(contract, { baseUrl: mock.url, retry: 0 });
    const error = await keyless.GET('/moorings').orThrow().catch((caught: unknown) => caught);
    expect(isErrorCode(error, 'unauthorized')).toBe(true);
  });
});
