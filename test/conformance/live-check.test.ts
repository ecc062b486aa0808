// The live check fails closed: each way a target can fail to be checked (not
// an http(s) URL, unreachable, silent, redirecting elsewhere, out of time) is
// one line and exit code 2 (or 1 for bad input), never a pass; a broken
// answer (cut off, wrong shape, a refused key, a refused valid request) is a
// finding. Every target here is a scripted server on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getApi, readBundle } from '../../model/registry.js';
import { jsonMediaType, locate, namedExamplesOf, operationsOf, deref, type Operation, type Spec } from '../../model/spec.js';
import { CannotCheck, checkLiveServer, formatFinding, parseTarget, type LiveReport } from '../../tools/conformance/live-check.ts';
import { projectCopy, type ProjectCopy } from '../ci/support/project-copy.ts';
import { BREAKS, startLiveFixture } from '../fixtures/campone-live-server.ts';
import { closedLoopbackUrl } from '../support/loopback.ts';
import { reply, startScriptedTarget, type ScriptedTarget } from './support/scripted-target.ts';

const campone = readBundle(getApi('campone'));
const bookingshake = readBundle(getApi('bookingshake'));
const targets: ScriptedTarget[] = [];
afterAll(() => Promise.all(targets.map((target) => target.close())));
const scripted = async (...args: Parameters<typeof startScriptedTarget>) => {
  const target = await startScriptedTarget(...args);
  targets.push(target);
  return target;
};
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: Error) => error);
const lines = (report: LiveReport) => report.findings.map(formatFinding);

describe('the live check against a CampOne server that breaks the contract on three routes', () => {
  let fixture: Awaited<ReturnType<typeof startLiveFixture>>;
  let report: LiveReport;
  beforeAll(async () => {
    fixture = await startLiveFixture();
    report = await checkLiveServer(campone, fixture.url, 'live-secret-key');
  });
  afterAll(() => fixture?.close());

  it('reports exactly the three deliberate breaks, from the probes that hit them, and nothing else', () => {
    expect(report.findings.map((f) => `${f.operationId} ${f.status} [${f.probe}]`).sort()).toEqual(
      [
        // The wrong shape breaks two schema keywords: `detail` missing, `error` not allowed.
        `${BREAKS.wrongErrorShape} [malformed path parameter id]`,
        `${BREAKS.wrongErrorShape} [malformed path parameter id]`,
        `${BREAKS.undocumentedStatus} [wrong content type]`,
        // The 429 misses a header, and a valid request that is answered 429 did not succeed.
        `${BREAKS.missingRetryAfter} [valid request]`,
        `${BREAKS.missingRetryAfter} [valid request]`,
      ].sort(),
    );
  });

  it('says what differs for each break', () => {
    const about = (key: string) => report.findings.filter((f) => `${f.operationId} ${f.status}` === key).map((f) => f.message).join('\n');
    expect(about(BREAKS.wrongErrorShape)).toMatch(/^404: body \(root\) must have required property 'detail'/m);
    expect(about(BREAKS.undocumentedStatus)).toMatch(/^status 415 is not documented/);
    expect(about(BREAKS.missingRetryAfter)).toMatch(/^429: required header Retry-After is missing$/m);
    expect(about(BREAKS.missingRetryAfter)).toMatch(/^a valid request \(the contract's own example\) was answered 429: Slow down\.$/m);
  });

  it('sent every probe to the server itself, and never shows the API key', () => {
    expect(report.requests).toBeGreaterThanOrEqual(10);
    expect(JSON.stringify(report)).not.toContain('live-secret-key');
  });

  it('reports a refused key by the catalog’s authentication code, on every valid request', async () => {
    const refused = await checkLiveServer(campone, fixture.url, 'refused-key');
    const messages = refused.findings.filter((f) => f.message === 'the server refused the key (invalid_key): check --api-key');
    expect(messages.map((f) => f.operationId).sort()).toEqual(['createBooking', 'getBooking', 'getSite', 'listBookings', 'listSites']);
  });
});

/** The contract's own answer for an operation and status: its first named example, with every declared header. */
function contractAnswer(spec: Spec, operation: Operation, status: string) {
  const response = operation.responses.get(status)!;
  const headers = Object.fromEntries(
    Object.entries<unknown>(response.node.headers ?? {}).map(([name, header]) => {
      const node = locate(spec, header, []).node;
      return [name, String(node.example ?? deref(spec, node.schema).example ?? '1')];
    }),
  );
  return { headers, body: namedExamplesOf(spec, jsonMediaType(response))[0]!.value };
}

describe('the live check against a BookingShake server, whose refusals are all 400', () => {
  // Keeps the contract, except that it rejects the contract's own create example as naming an unknown space.
  const script = (valid: boolean) => (request: { method: string; url: string; headers: Record<string, unknown> }, res: Parameters<typeof reply>[0]) => {
    if (request.headers.authorization === undefined) return reply(res, 400, { message: 'Missing Authorization header' });
    if (request.headers.authorization !== 'Bearer bks-key') return reply(res, 400, { message: 'Invalid API key' });
    const operation = operationsOf(bookingshake).find((candidate) => candidate.method.toUpperCase() === request.method && candidate.path === request.url)!;
    if (operation.method === 'post') return reply(res, 400, { message: valid ? 'Missing required field: bookings' : 'Invalid space_id' });
    const answer = contractAnswer(bookingshake, operation, '200');
    return reply(res, 200, answer.body, answer.headers);
  };

  it('reports a 400 to the contract’s own example as what it is, not as a refused key', async () => {
    const target = await scripted(script(false));
    const report = await checkLiveServer(bookingshake, target.url, 'bks-key');
    expect(lines(report)).toEqual(["createEvent [valid request] 400: a valid request (the contract's own example) was answered 400: Invalid space_id (catalog code invalid_space_id)"]);
  });

  it('reports a refused key as such, by the catalog’s message', async () => {
    const target = await scripted(script(true));
    const report = await checkLiveServer(bookingshake, target.url, 'another-key');
    expect(new Set(report.findings.map((f) => f.message))).toEqual(new Set(['the server refused the key (invalid_api_key): check --api-key']));
    expect(report.findings).toHaveLength(operationsOf(bookingshake).length);
  });
});

describe('the live check against a CampOne server that serves anyone', () => {
  it('reports every operation that answers a request without credentials with success', async () => {
    const target = await scripted((request, res) => {
      const operation = operationsOf(campone).find((candidate) => candidate.method.toUpperCase() === request.method && new RegExp(`^${candidate.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(request.url.split('?')[0]!))!;
      const status = [...operation.responses.keys()].find((key) => key.startsWith('2'))!;
      const answer = contractAnswer(campone, operation, status);
      reply(res, Number(status), answer.body, answer.headers);
    });
    const report = await checkLiveServer(campone, target.url, 'k');
    const anonymous = report.findings.filter((f) => f.probe === 'no credentials');
    expect(anonymous.map((f) => f.operationId).sort()).toEqual(operationsOf(campone).map((operation) => operation.id).sort());
    expect(new Set(anonymous.map((f) => f.message))).toEqual(new Set(['answered a request without credentials with success; the contract requires them']));
  });
});

describe('the live check against a target that cannot be checked', () => {
  it('refuses a target that is not an absolute http(s) URL, before any request', () => {
    for (const text of ['htp://127.0.0.1:48310', 'localhost:48310', '127.0.0.1:48310', 'file:///etc/passwd', '/api']) {
      expect(() => parseTarget(text)).toThrow(new RegExp(`^--target: "${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" is not an absolute http\\(s\\) URL`));
    }
    expect(() => parseTarget('http://user:secret@127.0.0.1:1')).toThrow(/^--target: credentials in the URL are not accepted/);
    expect(parseTarget('http://127.0.0.1:4020/')).toBe('http://127.0.0.1:4020');
  });

  it('stops at the first request a closed port refuses, with one reason for the whole target', async () => {
    const url = await closedLoopbackUrl();
    const error = await failure(checkLiveServer(campone, url, 'k'));
    expect(error).toBeInstanceOf(CannotCheck);
    expect(error).toMatchObject({ message: `cannot reach ${url}: ECONNREFUSED`, exitCode: 2, partial: { requests: 0, findings: [] } });
  });

  it('gives up on a target that never answers after the request timeout', async () => {
    const target = await scripted(() => {});
    const error = await failure(checkLiveServer(campone, target.url, 'k', { timeoutMs: 200 }));
    expect(error).toMatchObject({ message: `cannot reach ${target.url}: no answer within 200 ms`, exitCode: 2 });
    expect(target.received).toHaveLength(1);
  });

  it('stops a run that outlives its bound, saying how far it got', async () => {
    const target = await scripted((request, res) => setTimeout(() => reply(res, 200, {}), 80));
    const error = await failure(checkLiveServer(campone, target.url, 'k', { timeoutMs: 5_000, runTimeoutMs: 200 }));
    expect(error).toMatchObject({ message: expect.stringMatching(new RegExp(`^${target.url}: the check did not finish within 200 ms \\(\\d of \\d+ requests answered\\)$`)), exitCode: 2 });
  });

  it('treats an undocumented redirect as a target that is not the API', async () => {
    const target = await scripted((request, res) => {
      res.writeHead(302, { Location: 'nothing:here' });
      res.end();
    });
    const error = await failure(checkLiveServer(campone, target.url, 'k'));
    expect(error).toMatchObject({ message: `${target.url} answered 302 (a redirect to nothing:here) instead of the API; point --target at the API itself`, exitCode: 2 });
  });
});

describe('the live check against a target whose answers break off', () => {
  it('reports an answer that closes after `200` and `{"id":` as cut off, for every probe', async () => {
    const target = await scripted((request, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
      res.write('{"id":');
      setTimeout(() => res.destroy(), 10);
    });
    const report = await checkLiveServer(campone, target.url, 'k');
    expect(report.findings).toHaveLength(report.requests);
    expect(new Set(report.findings.map((f) => `${f.status}: ${f.message}`))).toEqual(new Set(['200: the answer was cut off after its headers: the connection closed mid-answer (other side closed)']));
    expect(target.received).toHaveLength(report.requests);
  });

  it('reports a body that never ends as cut off after the request timeout', async () => {
    const target = await scripted((request, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"id":');
    });
    const report = await checkLiveServer(campone, target.url, 'k', { timeoutMs: 100 });
    expect(new Set(report.findings.map((f) => f.message))).toEqual(new Set(['the answer was cut off after its headers: no answer within 100 ms']));
  });

  it('never shows the key, even when the server echoes it', async () => {
    const target = await scripted((request, res) => reply(res, 401, { detail: `unknown key ${String(request.headers.authorization)}` }));
    const report = await checkLiveServer(campone, target.url, 'echoed-secret-key');
    expect(report.findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(report)).not.toContain('echoed-secret-key');
    expect(JSON.stringify(report)).toContain('unknown key Bearer ***');
  });
});

describe('npm run conformance', () => {
  // In a project copy, whose scripts run compiled (test/README.md).
  let copy: ProjectCopy;
  beforeAll(async () => {
    copy = await projectCopy({ apis: ['campone'], git: false });
  });
  afterAll(() => copy?.remove());
  const run = (args: string[], env: Record<string, string> = {}) => copy.run('conformance', args, { CONFORMANCE_API_KEY: '', ...env });

  it.concurrent.each([
    [['--api', 'campone'], /^--target <url> is required/],
    [['--target', 'htp://127.0.0.1:48310', '--api-key', 'k'], /^--target: "htp:\/\/127\.0\.0\.1:48310" is not an absolute http\(s\) URL/],
    [['--target', 'localhost:48310', '--api-key', 'k'], /^--target: "localhost:48310" is not an absolute http\(s\) URL/],
    [['--target', 'http://127.0.0.1:9'], /^no API key: pass --api-key/],
    [['--target', 'http://127.0.0.1:9', '--api-key', 'k', '--timeout-ms', 'soon'], /^--timeout-ms: "soon" is not a number of milliseconds$/],
  ])('%j: one line, exit 1, nothing sent', async (args, message) => {
    const result = await run(args);
    expect(result).toMatchObject({ exitCode: 1, stdout: '' });
    expect(result.stderr.split('\n')).toEqual([expect.stringMatching(message)]);
  });

  it('reports an unreachable target once, exit 2', async () => {
    const url = await closedLoopbackUrl();
    const result = await run(['--api', 'campone', '--target', url], { CONFORMANCE_API_KEY: 'k' });
    expect(result).toMatchObject({ exitCode: 2, stdout: '', stderr: `campone: cannot reach ${url}: ECONNREFUSED` });
  });

  it('--dry-run lists every request without sending one, and without the key', async () => {
    const target = await scripted((request, res) => reply(res, 200, {}));
    const result = await run(['--api', 'campone', '--target', target.url, '--dry-run', '--api-key', 'dry-secret']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')).toContain(`campone: POST ${target.url}/api/v1/public/bookings/  createBooking [valid request]`);
    expect(result.stdout).not.toContain('dry-secret');
    expect(target.received).toEqual([]);
  });
});
