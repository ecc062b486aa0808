// The live check: the probes of an API sent through `prism proxy` (without
// --errors) to a running server; every response violation Prism reports is a
// broken promise of that server.
import { startPrism } from '../prism.ts';
import type { ApiEntry } from '../apis.ts';
import { loadBundle } from '../spec.ts';
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

export async function checkLiveServer(api: ApiEntry, target: string, apiKey?: string): Promise<LiveReport> {
  const probes = buildProbes(loadBundle(api), apiKey);
  const proxy = await startPrism(api.bundle, { upstream: target });
  try {
    // One at a time: a live server may rate-limit, and order makes reports stable.
    const answers = await mapLimited(probes, 1, (probe) => send(proxy.url, probe));
    const findings = probes.flatMap((probe, index) =>
      responseViolations(answers[index]!.headers).map((violation) => ({
        operationId: probe.operationId,
        probe: probe.label,
        status: answers[index]!.status,
        message: `${violation.location.join('.')}: ${violation.message}`,
      })),
    );
    return { requests: probes.length, findings };
  } finally {
    await proxy.stop();
  }
}

export function formatFinding(finding: LiveFinding): string {
  return `${finding.operationId} [${finding.probe}] ${finding.status}: ${finding.message}`;
}
