// The published package, as a consumer gets it: `npm pack` (whose prepack
// builds dist/), publint and attw on the tarball, the size budget, an install
// into a fresh project, and a consumer file compiled with tsc (no
// skipLibCheck) and run.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, expect, it } from 'vitest';
import { projectRoot } from '../../model/registry.js';

const work = await mkdtemp(join(tmpdir(), 'booking-contracts-pack-'));
const run = (bin: string, args: string[], cwd = projectRoot) => execa(bin, args, { cwd, preferLocal: true, localDir: projectRoot, all: true });

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const CONSUMER = `import { createCampOneClient, isErrorCode, isApiError } from 'booking-contracts/campone';
import { createBookingShakeClient, isErrorCode as isBookingShakeCode } from 'booking-contracts/bookingshake';
import { validate } from 'booking-contracts/bookingshake/validate';

const replies = [
  new Response('{"detail":"not_found"}', { status: 404, headers: { 'content-type': 'application/json' } }),
  new Response('{"detail":"site_not_found"}', { status: 400, headers: { 'content-type': 'application/json' } }),
  new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
];
const api = createCampOneClient({ apiKey: 'secret-key', retry: 0, fetch: async () => replies.shift()! });
const seen: unknown[] = [];

const result = await api.GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 9 } } });
if (result.status === 404) {
  const detail: string = result.error.detail;
  seen.push(detail);
}
// @ts-expect-error getBooking documents no 400
if (result.status === 400) seen.push('unreachable');

const body = { site_id: 7, check_in_date: '2026-07-10', check_out_date: '2026-07-14', num_adults: 2, num_children: 0, guest_name: 'Ada', guest_email: 'ada@example.com' };
try {
  const created: { id: number } = await api.POST('/api/v1/public/bookings/', { body }).orThrow();
  seen.push(created.id);
} catch (error) {
  if (isErrorCode(error, 'site_not_found')) {
    const code: 'site_not_found' = error.code;
    seen.push(code);
  }
}
export async function wrong() {
  // @ts-expect-error a body of the wrong shape
  await api.POST('/api/v1/public/bookings/', { body: { site_id: '7' } });
  // @ts-expect-error a path the spec does not have
  await api.GET('/api/v1/public/nowhere/');
}

await api.GET('/api/v1/public/sites/').catch((error: unknown) => seen.push(isApiError(error) && error.name));

// The validator entry runs ajv's generated code against the installed ajv and ajv-formats; nothing is sent.
const events = createBookingShakeClient({ apiKey: 'k', validate, fetch: async () => Promise.reject(new Error('sent')) });
const event = { bookings: [{ date: '2025-03-15', pax: 2 }], contact_id: 'ct_1' };
await events.POST('/api/events/create', { body: event }).orThrow().catch((error: unknown) => isBookingShakeCode(error, 'invalid_date_format') && seen.push(error.code));
console.log(JSON.stringify(seen));
`;

it('packs cleanly, installs into a fresh project, and gives it the narrowing, the typed errors and the validator', { timeout: 120_000 }, async () => {
  await run('npm', ['pack', '--silent', '--pack-destination', work]);
  const tarball = join(work, (await readdir(work)).find((name) => name.endsWith('.tgz'))!);

  await run('publint', ['run', tarball, '--strict']);
  // An ESM-only package: the esm-only profile leaves out node10 and require().
  await run('attw', [tarball, '--profile', 'esm-only']);
  // dist/ was just built by the pack's prepack: hold the client entry to its size budget.
  await run('tsx', ['bench/size.ts']);

  const consumer = join(work, 'consumer');
  await mkdir(consumer);
  await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await writeFile(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, lib: ['ES2022', 'DOM'], types: [], outDir: 'out' }, files: ['consumer.ts'] }),
  );
  await writeFile(join(consumer, 'consumer.ts'), CONSUMER);
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], consumer);

  const compiled = await run('tsc', ['-p', '.'], consumer).catch((error: { all?: string }) => error);
  expect(compiled.all ?? '').toBe('');
  const { stdout } = await run('node', ['out/consumer.js'], consumer);
  expect(JSON.parse(stdout)).toEqual(['not_found', 'site_not_found', 'HttpError', 'invalid_date_format']);
});
