// The live check: the probes of an API sent through `prism proxy` (without
// --errors) to a running server; every response violation Prism reports is a
// broken promise of that server.
import { startPrism } from '../prism.ts';
import type { ApiEntry } from '../apis.ts';
import { loadBundle, type BundledSpec } from '../spec.ts';
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

/**
 * Statuses that mean "your credentials were refused" for this API: those of
 * catalog codes that can occur on every operation, less rate limiting and
 * server faults (CampOne: 401; BookingShake: 400).
 */
function credentialStatuses(spec: BundledSpec): Set<number> {
  const catalog = spec['x-error-catalog'];
  const rateLimit = catalog?.profile.rateLimit?.status;
  return new Set(
    Object.values(catalog?.codes ?? {})
      .filter((entry) => entry.operations === 'all' && entry.status !== rateLimit && !entry.status.startsWith('5'))
      .map((entry) => Number(entry.status)),
  );
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
  const spec = loadBundle(api);
  const probes = buildProbes(spec, apiKey);
  const refused = credentialStatuses(spec);
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
