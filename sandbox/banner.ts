// What `npm run sandbox` (and `npm start`) print once the sandbox answers:
// each API's base URL, its demo keys by tenant, and a few commands to paste.
import { readDemo, KEY_KINDS, type KeyKind } from './demo.ts';
import type { RunningSandbox } from './start.ts';

const KEY_NOTES: Record<KeyKind, string> = {
  readWrite: 'every scope',
  readOnly: 'read scopes only',
  revoked: 'revoked',
  expired: 'expired',
  load: 'no practical rate limit',
  burst: `${KEY_KINDS.burst.rateLimit} requests per ${KEY_KINDS.burst.windowSeconds} s`,
};

/** What the banner tells of a running sandbox. */
export type Shown = Pick<RunningSandbox, 'servers' | 'domains' | 'prepared'> & { db: Pick<RunningSandbox['db'], 'engine' | 'location'> };

export function banner(sandbox: Shown, readyMs: number): string {
  const demo = readDemo();
  const lines = [`Sandbox on ${sandbox.db.engine === 'pglite' ? `embedded PGlite (${sandbox.db.location})` : `PostgreSQL at ${sandbox.db.location}`}, ${sandbox.prepared === 'kept' ? 'stored data kept' : 'seed loaded'}; answering after ${(readyMs / 1000).toFixed(1)} s.`];
  for (const { api, url } of sandbox.servers) {
    lines.push('', `${api}: ${url}`);
    for (const tenant of demo[api]?.tenants ?? []) {
      lines.push(`  ${tenant.name}`);
      for (const [kind, key] of Object.entries(tenant.keys)) lines.push(`    ${key.padEnd(32)} ${KEY_NOTES[kind as KeyKind] ?? kind}`);
    }
    const domain = sandbox.domains.find((candidate) => candidate.api === api);
    for (const { what, command } of domain?.showcases(url) ?? []) lines.push(`  # ${what}`, `  ${command}`);
  }
  lines.push('', 'Faults on request (X-Sandbox-Fault), limits and keys: sandbox/README.md. Press Ctrl+C to stop.');
  return lines.join('\n');
}
