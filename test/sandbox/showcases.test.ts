// The commands the sandbox's banner prints do what their comments say: a
// newcomer pasting them sees a cross-tenant 404, a key_inactive, a
// BookingShake 400 for a missing key, a real 429 with its headers, and the
// rest. Run with bash and curl against the run's sandbox, whose answers are
// judged against the contract; the banner's burst keys are this file's
// (support/demo-keys.ts).
import { execa } from 'execa';
import { describe, expect, inject, it } from 'vitest';
import { getApi } from '../../model/registry.js';
import { banner } from '../../sandbox/banner.ts';
import { readContract } from '../../sandbox/http/contract.ts';
import { DOMAINS } from '../../sandbox/start.ts';

const domains = Object.entries(DOMAINS).map(([api, domain]) => domain(readContract(getApi(api))));
const url = (api: string) => inject('sandboxUrls')[api]!;
/** The banner the run's sandbox would print. */
const printed = () =>
  banner({ servers: domains.map((domain) => ({ api: domain.api, url: url(domain.api) })), domains, prepared: 'created', db: { engine: 'pglite', location: 'memory' } }, 0);

describe.each(domains.map((domain) => [domain.api, domain] as const))('the %s lines of the sandbox banner', (api, domain) => {
  it('prints the base URL and a few commands to try, each under what it shows', () => {
    expect(printed()).toContain(`${api}: ${url(api)}\n`);
    expect(domain.showcases(url(api)).length).toBeGreaterThanOrEqual(4);
    for (const { what, command } of domain.showcases(url(api))) expect(printed()).toContain(`# ${what}\n  ${command}\n`);
  });

  it('shows what each command says it shows', async () => {
    for (const { what, command, shows } of domain.showcases(url(api))) {
      const { stdout, exitCode } = await execa('bash', ['-c', command], { reject: false });
      expect([what, exitCode]).toEqual([what, 0]);
      for (const text of shows) expect([what, stdout.toLowerCase()]).toEqual([what, expect.stringContaining(text.toLowerCase())]);
    }
  }, 30_000);
});
