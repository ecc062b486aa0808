// The live check: the probes of an API (tools/conformance/probes.ts) sent to a
// running server, each answer judged against the contract by the same checker
// as the mock's answers (check-response.ts). It fails closed:
// - only an absolute http(s) URL is a target (parseTarget);
// - the requests go to the target itself, not through a proxy that could
//   answer in its place, and a target that does not answer (refused, unknown
//   host, no answer within --timeout-ms) ends the run with ONE line and exit
//   code 2: a check that could not check must never pass;
// - the whole run has a bound too; an answer cut off mid-body is a finding;
// - a valid request (the contract's own example) must succeed: a refusal by
//   the catalog's authentication codes is reported as a refused key, any
//   other error as what it is, and a request without credentials must not.
import { authenticationCodes, catalogOf, codeIn, codeOf } from '../../model/catalog.js';
import { UserError } from '../../model/input.js';
import { redactor } from '../../src/core/redact.ts';
import { printable } from '../cli/run-main.ts';
import { responseKeyFor, type Spec } from '../../model/spec.js';
import { createResponseChecker, type Answer } from './check-response.ts';
import { buildProbes, type Probe } from './probes.ts';
import { deadline } from './deadline.ts';
import { sendOnce, DEFAULT_TIMEOUT_MS } from './send.ts';

export { parseTarget } from './target.ts';

export interface LiveFinding {
  operationId: string;
  probe: string;
  /** The answer's status; undefined when it never came. */
  status?: number;
  message: string;
}

export interface LiveReport {
  requests: number;
  findings: LiveFinding[];
}

export interface LiveCheckOptions {
  /** Per request, body included (default 10 s). */
  timeoutMs?: number;
  /** For the whole run (default: every request's timeout, plus a minute). */
  runTimeoutMs?: number;
  /** Called just before a valid create is sent: it makes a real resource on the target. */
  onCreate?: (probe: Probe) => void;
}

/** The check could not be done: the target is unreachable, or the run ran out of time. Exit code 2. */
export class CannotCheck extends UserError {
  name = 'CannotCheck';
  exitCode = 2;
  constructor(
    message: string,
    /** What was found before the check had to stop. */
    readonly partial: LiveReport,
  ) {
    super(message);
  }
}

/** The requests a run sends, in order, for --dry-run and for the warning about creates. */
export function plannedProbes(spec: Spec, apiKey: string): Probe[] {
  return buildProbes(spec, apiKey);
}

/** Creates among the valid requests: what a live run makes for real. */
export function creates(probes: Probe[]): Probe[] {
  return probes.filter((probe) => probe.label === 'valid request' && probe.method === 'POST');
}

/** Send every probe to `target` one at a time (a live server may rate-limit; order keeps reports stable) and judge each answer. */
export async function checkLiveServer(spec: Spec, target: string, apiKey: string, options: LiveCheckOptions = {}): Promise<LiveReport> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const probes = buildProbes(spec, apiKey);
  const runTimeoutMs = options.runTimeoutMs ?? probes.length * timeoutMs + 60_000;
  const run = deadline(runTimeoutMs);
  const checker = createResponseChecker(spec);
  const judge = answerJudge(spec);
  const mask = masker(apiKey);
  const findings: LiveFinding[] = [];
  const made = new Set(creates(probes));
  try {
    for (const [index, probe] of probes.entries()) {
      if (made.has(probe)) options.onCreate?.(probe);
      const outcome = await sendOnce(target, probe, { timeoutMs, signal: run.signal });
      const finding = (message: string, status?: number) => findings.push({ operationId: probe.operationId, probe: probe.label, status, message: mask(message) });
      if (outcome.kind === 'no-answer') {
        const partial = { requests: index, findings };
        if (run.signal.aborted) throw new CannotCheck(`${target}: the check did not finish within ${runTimeoutMs} ms (${index} of ${probes.length} requests answered)`, partial);
        throw new CannotCheck(`cannot reach ${target}: ${outcome.reason}${index > 0 ? ` (after ${index} of ${probes.length} requests)` : ''}`, partial);
      }
      if (outcome.kind === 'cut-off') {
        finding(`the answer was cut off after its headers: ${outcome.reason}`, outcome.status);
        continue;
      }
      const { answer } = outcome;
      if (answer.status >= 300 && answer.status < 400 && !responseKeyFor(probe.operation, answer.status)) {
        // A redirect the contract does not document means the target is not the API (a login page, a moved host).
        const location = mask(answer.headers.get('location') ?? 'nowhere');
        throw new CannotCheck(`${target} answered ${answer.status} (a redirect to ${location}) instead of the API; point --target at the API itself`, { requests: index, findings });
      }
      for (const problem of checker.check(probe.operation, answer)) finding(problem, answer.status);
      for (const problem of judge(probe, answer)) finding(problem, answer.status);
    }
  } finally {
    run.clear();
  }
  return { requests: probes.length, findings };
}

/** What the answer to a probe must be beyond its shape: a valid request succeeds, one without credentials does not. */
function answerJudge(spec: Spec): (probe: Probe, answer: Answer) => string[] {
  const catalog = catalogOf(spec);
  const refusals = new Set(catalog ? authenticationCodes(catalog) : []);
  return (probe, answer) => {
    const ok = answer.status >= 200 && answer.status < 300;
    if (probe.label === 'no credentials' && ok) return ['answered a request without credentials with success; the contract requires them'];
    if (probe.label !== 'valid request' || ok) return [];
    const body = parseOrText(answer.text);
    const code = catalog ? codeOf(catalog, answer.status, body) : undefined;
    if (code && refusals.has(code)) return [`the server refused the key (${code}): check --api-key`];
    const said = catalog ? codeIn(catalog, body) : undefined;
    const what = typeof said === 'string' ? said : printable(answer.text.trim().slice(0, 120)) || 'an empty body';
    const known = code && code !== said ? ` (catalog code ${code})` : '';
    return [`a valid request (the contract's own example) was answered ${answer.status}: ${what}${known}`];
  };
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Removes the key from a message, as the client masks it (whole occurrences, also URL-encoded), and as Basic credentials. */
function masker(apiKey: string): (text: string) => string {
  const forms = [redactor(apiKey), redactor(Buffer.from(`${apiKey}:`).toString('base64'))];
  return (text) => forms.reduce((masked, redact) => redact(masked), text);
}

export function formatFinding(finding: LiveFinding): string {
  return `${finding.operationId} [${finding.probe}]${finding.status === undefined ? '' : ` ${finding.status}`}: ${finding.message}`;
}
