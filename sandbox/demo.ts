// sandbox/demo.json, read: the ports, tenants, keys and showcase IDs people
// see (the docs' quickstarts print them too), and what each kind of key is.
import { join } from 'node:path';
import { readJsonFile } from '../model/input.js';
import { projectRoot } from '../model/registry.js';

export const DEMO_FILE = join(projectRoot, 'sandbox', 'demo.json');

/** The kinds of key every demo tenant has, by their name in demo.json. */
export type KeyKind = 'readWrite' | 'readOnly' | 'revoked' | 'expired' | 'load' | 'burst';

export interface DemoTenant {
  name: string;
  keys: Partial<Record<KeyKind, string>>;
  [showcase: string]: unknown;
}

export interface DemoApi {
  port: number;
  tenants: DemoTenant[];
}

export type Demo = Record<string, DemoApi>;

export function readDemo(): Demo {
  return readJsonFile(DEMO_FILE) as Demo;
}

/** A key's state in the seed: which scopes it gets (all, or those of reads only), and its limits when not the contract's. */
export const KEY_KINDS: Record<KeyKind, { scopes: 'all' | 'read'; revoked?: true; expired?: true; rateLimit?: number; windowSeconds?: number }> = {
  readWrite: { scopes: 'all' },
  readOnly: { scopes: 'read' },
  revoked: { scopes: 'all', revoked: true },
  expired: { scopes: 'all', expired: true },
  // For test suites and benchmarks: the window is counted as for any key, it just never runs out.
  load: { scopes: 'all', rateLimit: 1_000_000_000 },
  // To see a 429 at the third request and wait out its Retry-After in seconds.
  burst: { scopes: 'all', rateLimit: 2, windowSeconds: 4 },
};

/** When the `expired` keys expired: a fixed day in the past, so the seed is the same every time. */
const EXPIRED_AT = '2025-01-01T00:00:00Z';

/** The api_keys rows of a tenant's demo keys. `scopes` are the API's scopes: all of them, and those of its read operations. */
export function keyRows(tenantId: number, keys: DemoTenant['keys'], scopes: { all: string[]; read: string[] }): Record<string, unknown>[] {
  return Object.entries(keys).map(([kind, token]) => {
    const rules = KEY_KINDS[kind as KeyKind];
    return {
      token,
      tenant_id: tenantId,
      scopes: scopes[rules.scopes],
      revoked: rules.revoked === true,
      expires_at: rules.expired ? EXPIRED_AT : null,
      rate_limit: rules.rateLimit ?? null,
      rate_window_seconds: rules.windowSeconds ?? null,
    };
  });
}
