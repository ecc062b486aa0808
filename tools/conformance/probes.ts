// The real requests of the conformance suite (no `Prefer`): for each operation a
// valid request, one without credentials, and, where the operation has them, a
// malformed path parameter, an empty JSON body and a wrong content type. Used
// against the mocks and, through `prism proxy`, against live servers.
import { jsonMediaType, operationsOf, parameterExample, type Operation, type Spec } from '../../model/spec.js';
import { fillPath, requiresAuth, validRequest, variant, withoutCredentials, PLACEHOLDER_KEY, type PlannedRequest } from './requests.ts';

export interface Probe extends PlannedRequest {
  /** What the probe does, e.g. `no credentials`. */
  label: string;
  operation: Operation;
}

export function buildProbes(spec: Spec, apiKey = PLACEHOLDER_KEY): Probe[] {
  return operationsOf(spec).flatMap((operation) => {
    const valid = validRequest(spec, operation, apiKey);
    const probe = (label: string, change: Partial<PlannedRequest> = {}): Probe => ({ ...variant(valid, change), label, operation });
    const probes = [probe('valid request')];
    if (requiresAuth(operation)) probes.push({ ...withoutCredentials(spec, operation, valid), label: 'no credentials', operation });
    const pathParameters = operation.parameters.filter((p) => p.in === 'path');
    for (const parameter of pathParameters) {
      const values = Object.fromEntries(pathParameters.map((p) => [p.name, p === parameter ? 'not-an-id' : parameterExample(spec, p)]));
      probes.push(probe(`malformed path parameter ${parameter.name}`, { path: fillPath(operation.path, values), breaks: 'path' }));
    }
    if (jsonMediaType(operation.requestBody)) {
      probes.push(probe('empty JSON object body', { body: '{}', breaks: 'body' }));
      probes.push(probe('wrong content type', { headers: { 'Content-Type': 'text/plain' }, body: 'not json', breaks: 'content-type' }));
    }
    return probes;
  });
}
