// `npm run sandbox` itself: it starts, prints its banner and answers; bad
// input is one line and exit code 1 (a password in a URL never shown);
// --data keeps what the sandbox stored from one start to the next, and
// --reset restores the seed.
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
    const result = await tool('node', ['--import', 'tsx', SCRIPT, ...args], { env: { DATABASE_URL: '' } });
    expect(result.exitCode).toBe(1);
    expect(String(result.stderr).trim().split('\n')).toEqual([expect.stringMatching(message)]);
    expect(String(result.all)).not.toContain('s3cret-pass');
  });

  it.each([
    [{ apis: ['nope'] }, /^--api: the sandbox serves campone, bookingshake, not nope$/],
    [{ databaseUrl: 'mysql://somewhere/db' }, /^--database: "mysql:\/\/somewhere\/db" is not a postgres:\/\/ URL$/],
    [{ databaseUrl: 'Removed stale pid file.\npostgres://127.0.0.1/x' }, /^--database \(or DATABASE_URL\): not a URL; expected postgres:\/\/user:password@host:port\/database$/],
  ])('refuses %j with a one-line UserError', async (options, message) => {
    await expect(startSandbox(options)).rejects.toThrow(expect.objectContaining({ name: 'UserError', message: expect.stringMatching(message) }));
  });
});

describe.concurrent('npm run sandbox', () => {
  it('prints its base URLs and keys, and answers', async () => {
    const started = await startChild(['--api', 'campone'], SCRIPT);
    try {
      expect(started.banner).toMatch(/^Sandbox on embedded PGlite \(memory\), seed loaded; answering after [\d.]+ s\./);
      expect(started.banner).toContain(demoKey('campone', 0, 'readWrite'));
      const reply = await fetch(new URL(`/api/v1/public/bookings/${demoTenant('campone', 0).bookingId}/`, started.urls.campone), { headers: { Authorization: `Bearer ${demoKey('campone', 0, 'readOnly')}` } });
      expect(reply.status).toBe(200);
    } finally {
      expect((await started.stop()).exitCode).toBe(0);
    }
  }, 60_000);

  it('--data keeps what it stored from one start to the next, and --reset restores the seed', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'sandbox-data-')), 'db');
    const headers = { Authorization: `Bearer ${demoKey('campone', 0, 'load')}`, 'Content-Type': 'application/json' };
    const bookings = (url: string, id?: number) => new URL(`/api/v1/public/bookings/${id === undefined ? '' : `${id}/`}`, url);
    const status = async (url: string, id: number) => (await fetch(bookings(url, id), { headers })).status;
    // startSandbox, which the script calls with these flags, in this process (quicker); its answers judged as the run's are.
    const check = createAnswerCheck(getApi('campone'));
    const problems: string[] = [];
    const start = (extra: { reset?: boolean } = {}) =>
      startSandbox({ apis: ['campone'], port: 0, dataDir: folder, onAnswer: (answer: SentAnswer) => problems.push(...check.check(answer)), onFault: (error) => problems.push(String(error)), ...extra });

    const fresh = await start();
    expect(fresh.prepared).toBe('created');
    const made = await fetch(bookings(fresh.servers[0]!.url), {
      method: 'POST',
      headers,
      body: JSON.stringify({ site_id: demoTenant('campone', 0).siteId, check_in_date: '2027-05-01', check_out_date: '2027-05-03', num_adults: 1, guest_name: 'Kept', guest_email: 'kept@example.com' }),
    });
    const { id } = await made.json();
    await fresh.close();

    const kept = await start();
    expect(kept.prepared).toBe('kept');
    expect(await status(kept.servers[0]!.url, id)).toBe(200);
    await kept.close();

    const reset = await start({ reset: true });
    expect(reset.prepared).toBe('reset');
    expect(await status(reset.servers[0]!.url, id)).toBe(404);
    expect(await status(reset.servers[0]!.url, demoTenant('campone', 0).bookingId as number)).toBe(200);
    await reset.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
