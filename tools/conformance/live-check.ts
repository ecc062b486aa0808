// The live check: the probes of an API sent through `prism proxy` (without
// --errors) to a running server; every response violation Prism reports is a
// broken promise of that server.
import { authenticationCodes, catalogOf } from '../../model/catalog.js';
import { readSpecFile } from '../../model/input.js';
import type { ApiEntry } from '../../model/registry.js';
import type { Spec } from '../../model/spec.js';
import { startPrism } from '../mock/prism.ts';
import { buildProbes } from './probes.ts';
import { mapLimited, send } from './send.ts';
import { responseViolations } from './violations.ts';

export interface LiveFinding {
  operationId: string;
  probe: string;
  status: number;
  message: string;
}

export interface LiveReport {
  requests: number;
  findings: LiveFinding[];
}

/** Statuses that mean "your credentials were refused" for this API: those of its authentication codes (CampOne: 401; BookingShake: 400). */
function refusalStatuses(spec: Spec): Set<number> {
  const catalog = catalogOf(spec);
  if (!catalog) return new Set();
  return new Set(authenticationCodes(catalog).flatMap((code) => catalog.codes[code]?.status ?? []).map(Number));
}

/** Prism's own problem+json when it could not reach the server (or failed itself): no answer to judge. */
function prismOwnAnswer(answer: { headers: Headers; text: string }): string | undefined {
  if (!/application\/problem\+json/.test(answer.headers.get('content-type') ?? '')) return undefined;
  try {
    const body = JSON.parse(answer.text);
    return body.type === 'FetchError' || String(body.type).startsWith('https://stoplight.io/prism/errors#') ? String(body.title ?? body.type) : undefined;
  } catch {
    return undefined;
  }
}

/** Send the API's probes through a running `prism proxy` and collect what it reports. */
export async function probeThroughProxy(api: ApiEntry, proxyUrl: string, apiKey: string): Promise<LiveReport> {
  const spec = readSpecFile(api.bundle);
  const probes = buildProbes(spec, apiKey);
  const refused = refusalStatuses(spec);
  // One at a time: a live server may rate-limit, and order makes reports stable.
  const answers = await mapLimited(probes, 1, (probe) => send(proxyUrl, probe));
  const findings = probes.flatMap((probe, index): LiveFinding[] => {
    const answer = answers[index]!;
    const finding = (message: string) => ({ operationId: probe.operationId, probe: probe.label, status: answer.status, message });
    // Without these two checks a down server, or a wrong key, would pass: Prism's
    // own answers carry no violations, and neither does a documented 401.
    const own = prismOwnAnswer(answer);
    if (own) return [finding(`no answer from the server: ${own}`)];
    const violations = responseViolations(answer.headers).map((violation) => finding(`${violation.location.join('.')}: ${violation.message}`));
    if (probe.label === 'valid request' && refused.has(answer.status)) violations.push(finding('a valid request was refused as unauthenticated: check --api-key'));
    return violations;
  });
  return { requests: probes.length, findings };
}

/** Start `prism proxy` in front of `target`, probe it, stop the proxy. */
export async function checkLiveServer(api: ApiEntry, target: string, apiKey: string): Promise<LiveReport> {
  const proxy = await startPrism(api.bundle, { upstream: target });
  try {
    return await probeThroughProxy(api, proxy.url, apiKey);
  } finally {
    await proxy.stop();
  }
}

export function formatFinding(finding: LiveFinding): string {
  return `${finding.operationId} [${finding.probe}] ${finding.status}: ${finding.message}`;
}
