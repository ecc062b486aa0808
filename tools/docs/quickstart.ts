// The quickstart of an API: install the client from this repository, start
// the sandbox, send one request with a demo key (curl and TypeScript), and
// one that the API refuses with a 4xx, each with the answer to expect. Built
// from the contract's examples and sandbox/demo.json, whose first tenant owns
// what the examples name, so the printed requests succeed as they are.
import { authenticationCodes, type Catalog } from '../../model/catalog.js';
import { jsonMediaType, namedExamplesOf, operationsOf, type Operation, type Spec } from '../../model/spec.js';
import { curlSample, typescriptSample, type SampleContext } from './code-samples.ts';
import { errorRows, type ErrorRow } from './error-reference.ts';
import { apiKeyEnvVar } from './naming.ts';
import { requestExample } from './request-example.ts';
import type { LocalServer } from './sandbox.ts';

export interface Quickstart {
  /** Where the requests go: the sandbox, or the mock for an API without one. */
  server: LocalServer;
  operation: Operation;
  /** Shell lines: put the demo key in the environment, then call the API. */
  shell: string;
  typescript: string;
  /** The status and body the request gets. */
  expected: { status: string; body: unknown };
  /** The same request refused (a revoked key on the sandbox, the mock asked for the refusal), and what comes back. */
  error: { shell: string; status: string; codes: ErrorRow[] };
}

/** Commands that install the client package from a clone of this repository. */
export function installSteps(packageName: string, version: string): string {
  return [
    '# in a clone of this repository: build the client package',
    'npm ci && npm pack',
    '# in your project: install the file npm pack wrote',
    `npm install ../${packageName}/${packageName}-${version}.tgz`,
  ].join('\n');
}

export function quickstart(spec: Spec, catalog: Catalog, apiName: string, context: SampleContext, server: LocalServer): Quickstart {
  const operation = firstRead(spec);
  const request = requestExample(spec, operation);
  const envVar = apiKeyEnvVar(apiName);
  const call = curlSample(request, context);
  const typescript = `// Save as quickstart.mts and run: ${envVar}=${server.key.value} npx tsx quickstart.mts\n${typescriptSample(request, context)}\nconsole.log(data ?? error);`;
  const authCodes = new Set(authenticationCodes(catalog));
  const codes = errorRows(spec, catalog).filter((row) => authCodes.has(row.code));
  const statuses = [...new Set(codes.map((row) => row.status))];
  if (statuses.length !== 1) {
    throw new Error(`x-error-catalog: the quickstart's refused-key request needs the authentication codes (profile.authentication.codes) to share one status, found ${statuses.join(', ') || 'none'}`);
  }
  // The mock takes any key, so it is asked for the refusal by status and example name (each code names its example).
  const refused = curlSample(request, context)
    .replace(/^curl /, server.revokedKey ? 'curl -i ' : `curl -i -H 'Prefer: code=${statuses[0]}, example=${codes[0]!.code}' `)
    .replace(`$${envVar}`, server.revokedKey ?? server.key.value);
  return {
    server,
    operation,
    shell: `export ${envVar}=${server.key.value}\n${call}`,
    typescript,
    expected: successOf(spec, operation),
    error: { shell: refused, status: statuses[0]!, codes },
  };
}

/** A read that names the tenant's own data: the first GET with path parameters, else the first GET, else the first operation, that takes a key. */
function firstRead(spec: Spec): Operation {
  const keyed = operationsOf(spec).filter((operation) => !operation.security.anonymous);
  const reads = keyed.filter((operation) => operation.method === 'get');
  const operation = reads.find((candidate) => candidate.parameters.some((parameter) => parameter.in === 'path')) ?? reads[0] ?? keyed[0];
  if (!operation) throw new Error('has no operation that takes a key, which the quickstart needs');
  return operation;
}

/** The operation's first 2xx status and the first example of its body. */
function successOf(spec: Spec, operation: Operation): Quickstart['expected'] {
  const status = [...operation.responses.keys()].find((key) => /^2\d\d$/.test(key));
  const example = status ? namedExamplesOf(spec, jsonMediaType(operation.responses.get(status)))[0] : undefined;
  if (!status || !example) throw new Error(`${operation.label} has no 2xx example for the quickstart to show`);
  return { status, body: example.value };
}
