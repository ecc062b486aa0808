// The PGlite engine writes parameters into its statements as literals (one
// trip into the WASM engine instead of six): quoting must leave no way for a
// value to change the statement, and values it cannot write safely must go
// the parameterised way.
import { describe, expect, it } from 'vitest';
import { withLiterals } from '../../sandbox/db/pglite-session.mjs';
import { demoKey } from './support/demo-keys.ts';
import { sandboxOf, uniqueEmail } from './support/http.ts';

describe('statements with their parameters as literals', () => {
  it('quotes text, writes numbers, booleans and null as such, and fills each $n with its own value', () => {
    const params = ["O'Brien", 42, -1.5, true, null, 'a', 'b', 'c', 'd', 'tenth'];
    expect(withLiterals('select $1, $2, $3, $4, $5, $10', params)).toBe("select 'O''Brien', 42, -1.5, true, null, 'tenth'");
    expect(withLiterals('select $1', ['back\\slash'])).toBe("select  E'back\\\\slash'");
  });

  it('leaves values it cannot write to the parameterised protocol', () => {
    for (const value of [['a'], { a: 1 }, Number.NaN, Number.POSITIVE_INFINITY, 10n]) expect(withLiterals('select $1', [value])).toBeUndefined();
  });

  it('refuses a statement that names a parameter it was not given', () => {
    expect(() => withLiterals('select $2', ['only one'])).toThrow(/\$2 has no parameter/);
  });

  it('stores text full of quotes, backslashes and SQL exactly as it was sent', async () => {
    const api = sandboxOf('campone');
    const key = demoKey('campone', 0, 'load');
    const name = `Robert'); drop table sandbox.bookings; -- \\' \\\\ $1 $$ "x" E'y'`;
    const made = await api('POST', '/api/v1/public/bookings/', {
      key,
      json: { site_id: 7, check_in_date: '2027-09-01', check_out_date: '2027-09-02', num_adults: 1, guest_name: name, guest_email: uniqueEmail('quotes'), notes: name },
    });
    expect([made.status, made.body.guest_name, made.body.notes]).toEqual([201, name, name]);
    const read = await api('GET', `/api/v1/public/bookings/${made.body.id}/`, { key });
    expect([read.body.guest_name, read.body.notes]).toEqual([name, name]);
  });
});
