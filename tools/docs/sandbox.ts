// The local server the samples and quickstarts talk to. For an API with a
// sandbox, it is the sandbox, from sandbox/demo.json (shared with the
// sandbox's seed, so the printed keys and IDs are the ones it serves): its
// address and the first demo tenant's keys. An API without one (a new API
// from `npm run new-api`, say) gets its Prism mock instead, which answers
// with the contract's examples. Read at build time, never copied into the
// docs' code.
import { join } from 'node:path';
import { readJsonFile, shown, UserError } from '../../model/input.js';
import { projectRoot } from '../../model/registry.js';

export const DEMO_FILE = join(projectRoot, 'sandbox', 'demo.json');

export interface Sandbox {
  baseUrl: string;
  port: number;
  /** The demo tenant whose keys the samples use. */
  tenant: string;
  /** Its first key (read and write), by name and value. */
  key: { name: string; value: string };
  /** A key the sandbox refuses, for the quickstart's error request. */
  revokedKey: string;
}

/** The sandbox of an API; one line naming the file and the missing value when demo.json lacks it. */
export function sandboxOf(apiName: string, demoFile = DEMO_FILE, demo = readJsonFile(demoFile) as Record<string, any>): Sandbox {
  const entry = demo?.[apiName];
  const missing = (what: string) => new UserError(`${shown(demoFile)}: ${apiName}.${what} is missing; the docs' quickstart needs it`);
  if (typeof entry !== 'object' || entry === null) throw new UserError(`${shown(demoFile)}: no entry for API "${apiName}"; the docs' quickstart needs its port and demo keys`);
  if (!Number.isInteger(entry.port)) throw missing('port');
  const tenant = entry.tenants?.[0];
  const keys = Object.entries<unknown>(tenant?.keys ?? {});
  const [name, value] = keys[0] ?? [];
  if (typeof name !== 'string' || typeof value !== 'string') throw missing('tenants[0].keys');
  if (typeof tenant.keys.revoked !== 'string') throw missing('tenants[0].keys.revoked');
  return { baseUrl: `http://127.0.0.1:${entry.port}`, port: entry.port, tenant: String(tenant.name ?? ''), key: { name, value }, revokedKey: tenant.keys.revoked };
}

/** Where the samples send requests, and how the quickstart shows a refusal there. */
export interface LocalServer {
  kind: 'sandbox' | 'mock';
  baseUrl: string;
  port: number;
  /** The command that starts it, in a clone. */
  command: string;
  /** The demo tenant whose key the samples use (the sandbox's). */
  tenant?: string;
  key: { name: string; value: string };
  /** A key the sandbox refuses, for the error request; the mock, which takes any key, is asked for the refusal instead. */
  revokedKey?: string;
}

/** The API's sandbox when demo.json has an entry for it, else its mock on `mockPort`. */
export function localServerOf(apiName: string, mockPort: number, demoFile = DEMO_FILE): LocalServer {
  const demo = readJsonFile(demoFile) as Record<string, any>;
  if (demo?.[apiName] === undefined) {
    return { kind: 'mock', baseUrl: `http://127.0.0.1:${mockPort}`, port: mockPort, command: `npm run mock -- --api ${apiName} --port ${mockPort}`, key: { name: 'any', value: 'any-key' } };
  }
  const sandbox = sandboxOf(apiName, demoFile, demo);
  return { kind: 'sandbox', ...sandbox, command: SANDBOX_COMMAND };
}

/** How a reader starts the sandbox; its addresses are in sandbox/demo.json. */
export const SANDBOX_COMMAND = 'npm run sandbox';

/** Where `npm start` puts the first API's mock; the others follow, one port each. */
export const FIRST_MOCK_PORT = 4010;

/** The local server of each API of a list, the mocks numbered as `npm start` numbers them. */
export function localServers(apiNames: string[], demoFile = DEMO_FILE): Map<string, LocalServer> {
  return new Map(apiNames.map((name, index) => [name, localServerOf(name, FIRST_MOCK_PORT + index, demoFile)]));
}
