// The local sandbox the samples and quickstarts talk to, from
// sandbox/demo.json (shared with the sandbox's seed, so the printed keys and
// IDs are the ones it serves): its address and the first demo tenant's keys.
// Read at build time, never copied into the docs' code.
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
export function sandboxOf(apiName: string, demoFile = DEMO_FILE): Sandbox {
  const demo = readJsonFile(demoFile) as Record<string, any>;
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
