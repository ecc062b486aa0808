// Real requests, no `Prefer`: each probe (valid request, no credentials,
// malformed path parameter, empty body, wrong content type) gets an answer the
// contract documents, or one of the documented mock exceptions.
import { describe, expect, inject, it } from 'vitest';
import { listApis, readBundle } from '../../model/registry.js';
import { authenticationCodes, codeOf } from '../../model/catalog.js';
import { createResponseChecker } from '../../tools/conformance/check-response.ts';
import { mockExceptionFor } from './support/mock-exceptions.ts';
import { buildProbes } from '../../tools/conformance/probes.ts';
import { send } from '../../tools/conformance/send.ts';


describe.each(listApis())('real requests to the $name mock', (api) => {
  const spec = readBundle(api);
  const catalog = spec['x-error-catalog']!;
  const checker = createResponseChecker(spec);
  const probes = buildProbes(spec);
  const answer = (probe: (typeof probes)[number]) => send(inject('mockUrls')[api.name]!, probe);

  it.each(probes.map((probe) => [`${probe.operationId}: ${probe.label}`, probe] as const))('%s gets a documented answer', async (_label, probe) => {
    const reply = await answer(probe);
    if (mockExceptionFor(probe.operation, probe, reply)) return;
    expect(checker.check(probe.operation, reply)).toEqual([]);
  });

  it('answers a request without credentials with the catalog error for a missing key, or with the documented mock exception', async () => {
    const probe = probes.find((p) => p.label === 'no credentials')!;
    const reply = await answer(probe);
    const documented = Object.keys(probe.operation.node.responses);
    if (!documented.includes('401')) {
      // The API reports auth failures with another status, which Prism cannot choose (test/README.md).
      expect(mockExceptionFor(probe.operation, probe, reply)?.id).toBe('prism-security-401');
      return;
    }
    expect(reply.status).toBe(401);
    // Whatever the mock picks, it is one of the codes the catalog gives for refused credentials.
    expect(authenticationCodes(catalog)).toContain(codeOf(catalog, reply.status, JSON.parse(reply.text)));
  });
});
