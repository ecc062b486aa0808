// `npm run sandbox` itself: bad input is one line and exit code 1 (a password
// in a URL never shown); --data keeps what the sandbox stored from one start
// to the next, and --reset restores the seed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getApi } from '../../model/registry.js';
import type { SentAnswer } from '../../sandbox/http/sent.ts';
import { startSandbox } from '../../sandbox/start.ts';
import { tool } from '../../tools/cli/tool.ts';
import { createAnswerCheck } from './support/answer-check.ts';
import { SCRIPT, startChild } from './support/children.ts';
import { demoKey, demoTenant } from './support/demo-keys.ts';

describe.concurrent('npm run sandbox on bad input', () => {
  // The script's own checks; what startSandbox refuses is a UserError below, printed as one line by the same runMain.
  it.each([
    [['--data', 'folder', '--database', 'postgres://127.0.0.1/x'], /^--data and --database \(or DATABASE_URL\): choose one/],
    [['--database', 'postgres://sandbox:s3cret-pass@127.0.0.1:9/nowhere'], /^postgres:\/\/sandbox:\*\*\*@127\.0\.0\.1:9\/nowhere: cannot connect \(/],
  ])('%j: one line, exit 1, no password', async (args, message) => {
    const result = await tool('tsx', [SCRIPT, ...args], { env: { DATABASE_URL: '' } });
    expect(result.exitCode).toBe(1);
    expect(String(result.stderr).trim().split('\n')).toEqual([expect.stringMatching(message)]);
    expect(String(result.all)).not.toContain('s3cret-pass');
  });

  it.each([
    [{ apis: ['nope'] }, /^--api: the sandbox serves campone, bookingshake, not nope$/],
    [{ databaseUrl: 'mysql://somewhere/db' }, /^--database: "mysql:\/\/somewhere\/db" is not a postgres:\/\/ URL$/],
  ])('refuses %j with a one-line UserError', async (options, message) => {
    await expect(startSandbox(options)).rejects.toThrow(expect.objectContaining({ name: 'UserError', message: expect.stringMatching(message) }));
  });
});

describe.concurrent('npm run sandbox -- --data <folder>', () => {
  it('keeps its data from one start to the next, and --reset restores the seed', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'sandbox-data-')), 'db');
    const headers = { Authorization: `Bearer ${demoKey('campone', 0, 'load')}`, 'Content-Type': 'application/json' };
    const bookings = (url: string, id?: number) => new URL(`/api/v1/public/bookings/${id === undefined ? '' : `${id}/`}`, url);
    const status = async (url: string, id: number) => (await fetch(bookings(url, id), { headers })).status;

    // The first start is the script itself; the next two, the function it calls, in this process (quicker).
    const fresh = await startChild(['--data', folder, '--api', 'campone'], SCRIPT);
    expect(fresh.banner).toMatch(/seed loaded/);
    const made = await fetch(bookings(fresh.urls.campone!), {
      method: 'POST',
      headers,
      body: JSON.stringify({ site_id: demoTenant('campone', 0).siteId, check_in_date: '2027-05-01', check_out_date: '2027-05-03', num_adults: 1, guest_name: 'Kept', guest_email: 'kept@example.com' }),
    });
    const { id } = await made.json();
    expect((await fresh.stop()).exitCode).toBe(0);

    // The restarts' answers are judged against the contract, as the run's sandbox's are.
    const check = createAnswerCheck(getApi('campone'));
    const problems: string[] = [];
    const judged = { onAnswer: (answer: SentAnswer) => problems.push(...check.check(answer)), onFault: (error: unknown) => problems.push(String(error)) };
    const kept = await startSandbox({ apis: ['campone'], port: 0, dataDir: folder, ...judged });
    expect(kept.prepared).toBe('kept');
    expect(await status(kept.servers[0]!.url, id)).toBe(200);
    await kept.close();

    const reset = await startSandbox({ apis: ['campone'], port: 0, dataDir: folder, reset: true, ...judged });
    expect(reset.prepared).toBe('reset');
    expect(await status(reset.servers[0]!.url, id)).toBe(404);
    expect(await status(reset.servers[0]!.url, demoTenant('campone', 0).bookingId as number)).toBe(200);
    await reset.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
