// `npm run sandbox` itself: bad input is one line and exit code 1 (a password
// in a URL never shown); --data keeps what the sandbox stored from one start
// to the next, and --reset restores the seed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tool } from '../../tools/cli/tool.ts';
import { SCRIPT, startChild } from './support/children.ts';
import { demoKey, demoTenant } from './support/demo-keys.ts';

describe('npm run sandbox on bad input', () => {
  it.concurrent.each([
    [['--api', 'nope'], /^--api: the sandbox serves campone, bookingshake, not nope$/],
    [['--port', 'x'], /^--port: "x" is not a port number$/],
    [['--database', 'mysql://somewhere/db'], /^--database: "mysql:\/\/somewhere\/db" is not a postgres:\/\/ URL$/],
    [['--data', 'folder', '--database', 'postgres://127.0.0.1/x'], /^--data and --database \(or DATABASE_URL\): choose one/],
    [['--database', 'postgres://sandbox:s3cret-pass@127.0.0.1:9/nowhere'], /^postgres:\/\/sandbox:\*\*\*@127\.0\.0\.1:9\/nowhere: cannot connect \(/],
  ])('%j: one line, exit 1', async (args, message) => {
    const result = await tool('tsx', [SCRIPT, ...args], { env: { DATABASE_URL: '' } });
    expect(result.exitCode).toBe(1);
    expect(String(result.stderr).trim().split('\n')).toEqual([expect.stringMatching(message)]);
    expect(String(result.all)).not.toContain('s3cret-pass');
  });
});

describe('npm run sandbox -- --data <folder>', () => {
  it('keeps its data from one start to the next, and --reset restores the seed', async () => {
    const data = ['--data', join(mkdtempSync(join(tmpdir(), 'sandbox-data-')), 'db'), '--api', 'campone'];
    const key = demoKey('campone', 0, 'load');
    const bookings = (url: string, id?: number) => new URL(`/api/v1/public/bookings/${id === undefined ? '' : `${id}/`}`, url);
    const headers = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };

    const fresh = await startChild(data, SCRIPT);
    expect(fresh.banner).toMatch(/seed loaded/);
    const made = await fetch(bookings(fresh.urls.campone!), {
      method: 'POST',
      headers,
      body: JSON.stringify({ site_id: demoTenant('campone', 0).siteId, check_in_date: '2027-05-01', check_out_date: '2027-05-03', num_adults: 1, guest_name: 'Kept', guest_email: 'kept@example.com' }),
    });
    const { id } = await made.json();
    expect((await fresh.stop()).exitCode).toBe(0);

    const kept = await startChild(data, SCRIPT);
    expect(kept.banner).toMatch(/stored data kept/);
    expect((await fetch(bookings(kept.urls.campone!, id), { headers })).status).toBe(200);
    await kept.stop();

    const reset = await startChild([...data, '--reset'], SCRIPT);
    expect(reset.banner).toMatch(/seed loaded/);
    expect((await fetch(bookings(reset.urls.campone!, id), { headers })).status).toBe(404);
    expect((await fetch(bookings(reset.urls.campone!, demoTenant('campone', 0).bookingId as number), { headers })).status).toBe(200);
    await reset.stop();
  }, 60_000);
});
