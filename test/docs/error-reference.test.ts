import { describe, expect, it } from 'vitest';
import { codeIn } from '../../model/catalog.js';
import { listApis, readBundle } from '../../model/registry.js';
import { isErrorStatus, operationsOf } from '../../model/spec.js';
import { errorPageHtml } from '../../tools/docs/error-page.ts';
import { errorReference, errorRows } from '../../tools/docs/error-reference.ts';
import { fixtureSpec } from './fixture.ts';

describe('the error reference data', () => {
  const spec = fixtureSpec();
  const catalog = spec['x-error-catalog']!;
  const rows = errorRows(spec, catalog);

  it('gives every catalog code a row with its status, operations, meaning and what to do', () => {
    expect(rows.map((row) => [row.code, row.status, row.operations.map((op) => op.id), row.meaning, row.retry, row.action])).toEqual([
      ['room_not_found', '404', ['getRoom'], 'No | such room.', 'no', 'Check the room ID.'],
      ['server_error', '500', [], 'A fault.', undefined, undefined],
    ]);
  });

  it("takes the example body from the contract's example named after the code", () => {
    expect(rows[0]!.example).toEqual({ message: 'Room not found' });
  });

  it('falls back to the smallest body carrying the code field when the contract has no example', () => {
    expect(rows[1]!.example).toEqual({ message: 'Internal error' });
  });

  it('groups by status: each status the operations declare, with the responses that carry it and its codes', () => {
    const groups = errorReference(spec, catalog);
    expect(groups.map((group) => [group.status, group.reason, group.codes.map((row) => row.code)])).toEqual([
      ['404', 'Not Found', ['room_not_found']],
      ['500', 'Internal Server Error', ['server_error']],
    ]);
    // The 404's only example is the code's own, so the response shows none of its own.
    expect(groups[0]!.responses).toEqual([{ description: 'Missing', operations: [operationsOf(spec)[0]], headers: [], examples: [] }]);
  });

  it('refuses a catalog that names an operation the spec lacks', () => {
    const broken = { ...catalog, codes: { x: { status: '400' as const, operations: ['nope'], meaning: 'm' } } };
    expect(() => errorRows(spec, broken)).toThrow(/code "x" names operation "nope"/);
  });
});

describe('the error page', () => {
  const spec = fixtureSpec();
  const page = errorPageHtml(spec, spec['x-error-catalog']!);

  it('gives each code its own anchored entry, with the exact message for a prose code field', () => {
    expect(page).toContain('<article class="error-code" id="room_not_found">');
    expect(page).toContain('<dt>message</dt><dd><code>Room not found</code></dd>');
    expect(page).toContain('<dt>What to do</dt><dd><strong>Do not send it again unchanged: it fails the same way.</strong> Check the room ID.</dd>');
  });

  it('links each operation where a code occurs to its section of the reference', () => {
    expect(page).toContain('<dt>Where</dt><dd><a href="index.html#op-getRoom">Get a room</a></dd>');
  });
});

describe.each(listApis())('the $name error reference', (api) => {
  const spec = readBundle(api);
  const catalog = spec['x-error-catalog']!;

  it('lists every catalog code once, with an example body that carries its code field', () => {
    const rows = errorRows(spec, catalog);
    expect(rows.map((row) => row.code)).toEqual(Object.keys(catalog.codes));
    for (const row of rows) expect(codeIn(catalog, row.example)).toBe(catalog.codes[row.code]!.message ?? row.code);
  });

  it('says for every code whether to retry and what to do', () => {
    for (const row of errorRows(spec, catalog)) {
      expect(row.retry, row.code).toMatch(/^(no|after-waiting|with-backoff)$/);
      expect(row.action, row.code).toBeTruthy();
    }
  });

  it('has a group for every error status of every operation', () => {
    const groups = errorReference(spec, catalog).map((group) => group.status);
    for (const operation of operationsOf(spec)) for (const status of [...operation.responses.keys()].filter(isErrorStatus)) expect(groups).toContain(status);
  });
});
