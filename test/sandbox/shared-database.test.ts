// Two sandbox processes on one database share everything they store: a
// booking made through one is read through the other, and their requests
// count in one rate-limit window. On PostgreSQL (the CI's second run of this
// suite, SANDBOX_DATABASE_URL) the two run side by side, as two instances
// behind a load balancer would; on PGlite, whose folder one process holds at a
// time, the second starts on the first one's --data folder once it stopped.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { getApi } from '../../model/registry.js';
import { readContract } from '../../sandbox/http/contract.ts';
import { startChild, type ChildSandbox } from './support/children.ts';
import { demoKey } from './support/demo-keys.ts';
import { uniqueEmail } from './support/http.ts';

const database = inject('sandboxDatabase');
const sideBySide = database !== 'pglite';
const where = sideBySide ? ['--database', database] : ['--data', join(mkdtempSync(join(tmpdir(), 'sandbox-shared-')), 'data')];
const campOneKey = demoKey('campone', 0, 'load');
// The seed's third venue: no other test sends requests with its key.
const venueKey = 'bks_test_petit_salon';
const { id: _id, status: _status, created_at: _created, notes: _notes, ...create } = readContract(getApi('campone')).example('createBooking', '201', 'created');

async function call(sandbox: ChildSandbox, api: string, path: string, key: string, body?: unknown) {
  const response = await fetch(new URL(path, sandbox.urls[api]), {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, remaining: Number(response.headers.get('x-ratelimit-remaining')), body: await response.json() };
}

describe(`two sandbox processes on one ${sideBySide ? 'PostgreSQL database' : 'PGlite folder'}`, () => {
  it('see each other’s bookings and count requests in the same windows', async () => {
    const email = uniqueEmail('shared');
    const first = await startChild(where);
    let second: ChildSandbox | undefined;
    const stopped: Awaited<ReturnType<ChildSandbox['stop']>>[] = [];
    try {
      if (sideBySide) second = await startChild(where);
      const made = await call(first, 'campone', '/api/v1/public/bookings/', campOneKey, { ...create, guest_email: email });
      expect(made.status).toBe(201);
      const counted = await call(first, 'bookingshake', '/api/spaces', venueKey);
      expect(counted.status).toBe(200);
      if (!sideBySide) {
        stopped.push(await first.stop());
        second = await startChild(where);
      }
      const read = await call(second!, 'campone', `/api/v1/public/bookings/${made.body.id}/`, campOneKey);
      expect([read.status, read.body]).toEqual([200, made.body]);
      const listed = await call(second!, 'campone', `/api/v1/public/bookings/?guest_email=${encodeURIComponent(email)}`, campOneKey);
      expect(listed.body.count).toBe(1);
      const next = await call(second!, 'bookingshake', '/api/spaces', venueKey);
      expect([next.status, next.remaining]).toEqual([200, counted.remaining - 1]);
    } finally {
      if (sideBySide) stopped.push(await first.stop());
      if (second) stopped.push(await second.stop());
    }
    // Neither process sent an answer that breaks the contract.
    expect(stopped).toEqual(stopped.map(() => ({ exitCode: 0, problems: [] })));
  }, 60_000);
});
