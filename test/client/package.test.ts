// The published package, as a consumer gets it: `npm pack` (whose prepack
// builds dist/ and puts the consumers' README in place), exactly the files a
// consumer needs and nothing else, publint and attw on the tarball, the size
// budget, an install into a fresh project, a consumer file compiled with tsc
// (no skipLibCheck) and run, and both READMEs' examples compiled there too.
// The tarball and the project are made once for the file.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../../model/registry.js';

const work = await mkdtemp(join(tmpdir(), 'booking-contracts-pack-'));
const run = (bin: string, args: string[], cwd = projectRoot) => execa(bin, args, { cwd, preferLocal: true, localDir: projectRoot, all: true });

const consumer = join(work, 'consumer');
const unpacked = join(work, 'unpacked');
let tarball = '';
/** The contributors' README as it was before the pack swapped the consumers' in. */
let rootReadme = '';
/** The consumer project's sources by file name, and what tsc said when it compiled them. */
let compiled: { files: Record<string, string>; output: string };

beforeAll(async () => {
  rootReadme = await readFile(join(projectRoot, 'README.md'), 'utf8');
  await run('npm', ['pack', '--silent', '--pack-destination', work]);
  tarball = join(work, (await readdir(work)).find((name) => name.endsWith('.tgz'))!);
  await mkdir(unpacked);
  await run('tar', ['-xzf', tarball, '-C', unpacked]);
  await mkdir(consumer);
  await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], consumer);
  compiled = await compileConsumer();
}, 180_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Every file under a folder of the project, relative to the project root. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(join(projectRoot, folder), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)));
}

/**
 * What the tarball must hold, worked out from the sources rather than listed by hand: each
 * module of src/ and each generated client module compiled to .js with its .d.ts, each
 * generated schema.d.ts, and the three files every package carries. No TypeScript source,
 * no test, no bundled spec, no source map.
 */
async function expectedFiles(): Promise<string[]> {
  const sources = (await filesUnder('src')).filter((file) => file.endsWith('.ts'));
  const generated = (await filesUnder('generated')).filter((file) => /^generated\/[^/]+\/[^/]+\.ts$/.test(file));
  const modules = [...sources, ...generated.filter((file) => !file.endsWith('.d.ts'))].map((file) => `dist/${file.replace(/\.ts$/, '')}`);
  return [
    'LICENSE',
    'README.md',
    'package.json',
    ...modules.flatMap((module) => [`${module}.js`, `${module}.d.ts`]),
    ...generated.filter((file) => file.endsWith('.d.ts')).map((file) => `dist/${file}`),
  ].sort();
}

/** The ```ts blocks of a markdown text. */
const examplesOf = (markdown: string) => [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

it('packs exactly the built client, the consumers\' README and the license, and leaves the contributors\' README in place', { timeout: 120_000 }, async () => {
  const packed = (await filesUnder(relative(projectRoot, join(unpacked, 'package')))).map((file) => relative(join(relative(projectRoot, unpacked), 'package'), file));
  expect(packed.sort()).toEqual(await expectedFiles());
  // The README a consumer reads starts with installing the package, then an example per API.
  const readme = await readFile(join(unpacked, 'package', 'README.md'), 'utf8');
  expect(readme).toBe(await readFile(join(projectRoot, 'package', 'README.md'), 'utf8'));
  expect([...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]).slice(0, 3)).toEqual(['Install', 'CampOne', 'BookingShake']);
  expect(readme).not.toContain('npm start');
  // The swap lasted only as long as the pack: the repository's README is the contributors' again.
  expect(await readFile(join(projectRoot, 'README.md'), 'utf8')).toBe(rootReadme);
  expect(rootReadme).toContain('npm ci && npm start');

  const manifest = JSON.parse(await readFile(join(unpacked, 'package', 'package.json'), 'utf8'));
  expect(manifest.license).toBe('MIT');
  expect(await readFile(join(unpacked, 'package', 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  expect(manifest.repository.url).toMatch(/^git\+https:\/\/.+\.git$/);
  expect(manifest.homepage).toMatch(/^https:\/\//);
  expect(manifest.bugs.url).toMatch(/^https:\/\//);
  expect(manifest.keywords).toEqual(expect.arrayContaining(['openapi', 'campone', 'bookingshake']));
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
  await run('publint', ['run', tarball, '--strict']);
  // An ESM-only package: the esm-only profile leaves out node10 and require().
  await run('attw', [tarball, '--profile', 'esm-only']);
  // dist/ was just built by the pack's prepack: hold the client entry to its size budget.
  await run('node', ['--import', 'tsx', 'bench/size.ts']);

  // The consumers' README's examples compile as they are, strict and NodeNext, as does the consumer file.
  expect(Object.keys(compiled.files).filter((file) => file.startsWith('package-readme-'))).toHaveLength(2);
  expect(problemsIn(['consumer.ts', 'package-readme-'])).toEqual([]);
  const { stdout } = await run('node', ['out/consumer.js'], consumer);
  expect(JSON.parse(stdout)).toEqual(['not_found', 'site_not_found', 'HttpError', 'invalid_date_format']);
});

/** The `ts` blocks of the README's "Using the client" section. */
async function readmeExamples(): Promise<string[]> {
  const readme = await readFile(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Using the client\n')) ?? '';
  return examplesOf(section);
}

/** What the README promises about the types, held to the letter; each @ts-expect-error must be needed. */
const TYPE_CHECKS = `import { createCampOneClient, isErrorCode, type components } from 'booking-contracts/campone';
import { createBookingSafely } from 'booking-contracts/campone/create-booking';
import { items } from 'booking-contracts/campone/pages';
import { isErrorCode as isBookingShakeCode } from 'booking-contracts/bookingshake';

const api = createCampOneClient({ apiKey: 'k' });
// A create without num_children, which has a default in the contract: directly and through createBookingSafely.
const body = { site_id: 7, check_in_date: '2026-07-10', check_out_date: '2026-07-14', num_adults: 2, guest_name: 'Ada', guest_email: 'ada@example.com' };
export const created = api.POST('/api/v1/public/bookings/', { body }).orThrow();
export const safely = createBookingSafely(api, body);
// The stored booking always has it.
export const children = (booking: components['schemas']['Booking']): number => booking.num_children;

export function narrowed(error: unknown) {
  if (isErrorCode(error, 'not_found')) {
    const status: 404 = error.status;
    // @ts-expect-error the status is exactly 404, not any number
    const other: 400 = error.status;
    return [status, other];
  }
  if (isBookingShakeCode(error, 'contact_not_in_venue')) {
    const status: 403 = error.status;
    return [status];
  }
  return [];
}

export async function union() {
  const result = await api.POST('/api/v1/public/bookings/', { body });
  if (result.status !== 400) return;
  if ('detail' in result.error) {
    const detail: string = result.error.detail;
    return detail;
  }
  const messages: string[] | undefined = result.error.num_children;
  // @ts-expect-error a field-keyed body has no detail
  return result.error.detail ?? messages;
}

export async function pages() {
  for await (const booking of items(api, '/api/v1/public/bookings/')) {
    const id: number = booking.id;
    return id;
  }
  // @ts-expect-error a detail endpoint is not a paginated list
  items(api, '/api/v1/public/bookings/{id}/', { params: { path: { id: 1 } } });
}
`;

it('compiles the README’s examples and the promises about its types against the installed package, strict, with module nodenext', { timeout: 120_000 }, async () => {
  expect(Object.keys(compiled.files).filter((file) => file.startsWith('readme-')).length).toBeGreaterThanOrEqual(2);
  expect(problemsIn(['readme-', 'type-checks.ts'])).toEqual([]);
});

/**
 * Writes every file the consumer project compiles and runs `tsc -p .` once for
 * all of them (strict, NodeNext, no skipLibCheck, emitting to out/): one
 * compile instead of one per test, because most of a compile is reading and
 * checking the package's declarations and the DOM library, the same for each.
 * Each file declares what it takes from its reader itself (`process.env` in
 * the consumers' README, `apiKey` in the contributors'), so nothing one file
 * needs is global to the others.
 */
async function compileConsumer(): Promise<typeof compiled> {
  const files: Record<string, string> = { 'consumer.ts': CONSUMER, 'type-checks.ts': TYPE_CHECKS };
  for (const [index, example] of examplesOf(await readFile(join(unpacked, 'package', 'README.md'), 'utf8')).entries()) {
    files[`package-readme-${index}.ts`] = `declare const process: { env: Record<string, string | undefined> };\n${example}`;
  }
  for (const [index, example] of (await readmeExamples()).entries()) files[`readme-${index + 1}.ts`] = `declare const apiKey: string;\n${example}`;
  await Promise.all(Object.entries(files).map(([name, code]) => writeFile(join(consumer, name), code)));
  await writeFile(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, lib: ['ES2022', 'DOM'], types: [], outDir: 'out' }, files: Object.keys(files) }),
  );
  const result = await run('tsc', ['-p', '.'], consumer).catch((error: { all?: string }) => error);
  return { files, output: result.all ?? '' };
}

/**
 * tsc's diagnostics that name a file starting with one of `prefixes`, and any
 * that name no file of the project (a wrong option), which fail every test.
 */
function problemsIn(prefixes: string[]): string[] {
  const lines = compiled.output.split('\n').filter((line) => /^\S/.test(line));
  return lines.filter((line) => prefixes.some((prefix) => line.startsWith(prefix)) || !Object.keys(compiled.files).some((file) => line.startsWith(`${file}(`)));
}
