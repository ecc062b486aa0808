// The commands the sandbox's banner prints do what their comments say: a
// newcomer pasting them sees a cross-tenant 404, a key_inactive, a
// BookingShake 400 for a missing key, a real 429 with its headers, and the
// rest. Run with bash and curl against a sandbox of their own, in this process
// (the banner's burst keys are used up on purpose), whose answers are judged
// against the contract like the run's.
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getApi } from '../../model/registry.js';
import { banner } from '../../sandbox/banner.ts';
import { readContract } from '../../sandbox/http/contract.ts';
import { DOMAINS, startSandbox, type RunningSandbox } from '../../sandbox/start.ts';
import { createAnswerCheck } from './support/answer-check.ts';

let running: RunningSandbox;
let sandbox: { urls: Record<string, string>; banner: string };
const problems: string[] = [];
beforeAll(async () => {
  const checks = Object.fromEntries(Object.keys(DOMAINS).map((api) => [api, createAnswerCheck(getApi(api))]));
  running = await startSandbox({ port: 0, onAnswer: (answer) => problems.push(...checks[answer.api]!.check(answer)), onFault: (error) => problems.push(String(error)) });
  sandbox = { urls: Object.fromEntries(running.servers.map((server) => [server.api, server.url])), banner: banner(running, 0) };
}, 60_000);
afterAll(async () => {
  await running?.close();
  // The banner's commands got only answers that keep the contract.
  expect(problems).toEqual([]);
});

describe.each(Object.keys(DOMAINS))('the %s lines of the sandbox banner', (api) => {
  const showcases = () => DOMAINS[api]!(readContract(getApi(api))).showcases(sandbox.urls[api]!);

  it('prints a base URL and a few commands to try', () => {
    expect(sandbox.urls[api]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(showcases().length).toBeGreaterThanOrEqual(4);
    for (const { what, command } of showcases()) expect(sandbox.banner).toContain(`# ${what}\n  ${command}\n`);
  });

  it('shows what each command says it shows', async () => {
    for (const { what, command, shows } of showcases()) {
      const { stdout, exitCode } = await execa('bash', ['-c', command], { reject: false });
      expect([what, exitCode]).toEqual([what, 0]);
      for (const text of shows) expect([what, stdout.toLowerCase()]).toEqual([what, expect.stringContaining(text.toLowerCase())]);
    }
  }, 30_000);
});
