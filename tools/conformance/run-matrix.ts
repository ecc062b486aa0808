// Runs matrix cases through the project's own typed client, as an integrator
// would call it, and judges each outcome: a success must equal its example; an
// error must be the client's typed HTTP error with the example's status, code
// and field errors.
import { isDeepStrictEqual } from 'node:util';
import { projectRoot } from '../../model/registry.js';
import type { MatrixCase } from './matrix.ts';

type Call = (path: string, init: Record<string, unknown>) => { orThrow(): Promise<unknown> };
export type AnyClient = Record<string, Call>;

export interface CaseResult {
  case: MatrixCase;
  problems: string[];
}

/** The API's client factory from `src/<api>/index.ts`: its one `create…Client` export. */
export async function loadClientFactory(apiName: string): Promise<(options: Record<string, unknown>) => AnyClient> {
  const module = await import(`${projectRoot}/src/${apiName}/index.ts`);
  const name = Object.keys(module).find((key) => /^create\w*Client$/.test(key));
  if (!name) throw new Error(`src/${apiName}/index.ts exports no create…Client function`);
  return module[name];
}

/** A body whose every value is a list of messages: the field-keyed validation shape. */
function isFieldKeyed(body: unknown): body is Record<string, string[]> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && Object.values(body).every((v) => Array.isArray(v) && v.every((m) => typeof m === 'string'));
}

export async function runCase(client: AnyClient, c: MatrixCase): Promise<CaseResult> {
  const call = client[c.operation.method.toUpperCase()]!;
  const init = { params: { path: c.parts.path, query: c.parts.query }, body: c.parts.body, headers: { Prefer: c.prefer }, retry: 0 };
  const problems: string[] = [];
  try {
    const data = await call(c.operation.path, init).orThrow();
    if (c.status >= 400) problems.push(`expected a ${c.status} error, got success data`);
    else if (c.body !== undefined && !isDeepStrictEqual(data, c.body)) problems.push(`data differs from the example: ${JSON.stringify(data).slice(0, 120)}`);
  } catch (error: any) {
    if (c.status < 400) return { case: c, problems: [`expected success, got ${error?.name}: ${error?.message}`] };
    if (error?.name !== 'HttpError' || typeof error.status !== 'number') return { case: c, problems: [`expected the client's HttpError, got ${error?.name}: ${error?.message}`] };
    if (error.status !== c.status) problems.push(`status ${error.status}, expected ${c.status}`);
    if (error.code !== c.code) problems.push(`code ${JSON.stringify(error.code)}, expected ${JSON.stringify(c.code)}`);
    const fields = isFieldKeyed(c.body) ? c.body : undefined;
    if (!isDeepStrictEqual(error.fieldErrors, fields)) problems.push(`fieldErrors ${JSON.stringify(error.fieldErrors)}, expected ${JSON.stringify(fields)}`);
    if (!isDeepStrictEqual(error.body, c.body)) problems.push(`body ${JSON.stringify(error.body).slice(0, 120)} differs from the example`);
  }
  return { case: c, problems };
}
