import { codeIn } from '../../model/catalog.js';
import { describe, expect, it } from 'vitest';
import { listApis, readBundle } from '../../model/registry.js';
import { errorRows, errorTableMarkdown, ERROR_TABLE_HEADER, withErrorSection } from '../../tools/docs/error-table.ts';

import { fixtureSpec } from './fixture.ts';

describe('the error table generator', () => {
  const spec = fixtureSpec();
  const catalog = spec['x-error-catalog']!;
  const rows = errorRows(spec, catalog);

  it('gives every catalog code a row with its status, operations, meaning and example body', () => {
    expect(rows.map((row) => [row.code, row.status, row.operations.map((op) => op.id), row.meaning])).toEqual([
      ['room_not_found', '404', ['getRoom'], 'No | such room.'],
      ['server_error', '500', [], 'A fault.'],
    ]);
  });

  it("takes the example body from the contract's example named after the code", () => {
    expect(rows[0]!.example).toEqual({ message: 'Room not found' });
  });

  it('falls back to the smallest body carrying the code field when the contract has no example', () => {
    expect(rows[1]!.example).toEqual({ message: 'Internal error' });
  });

  it('writes a Markdown table whose cells cannot break the row', () => {
    const lines = errorTableMarkdown(rows).split('\n');
    expect(lines[0]).toBe(`| ${ERROR_TABLE_HEADER.join(' | ')} |`);
    expect(lines[2]).toBe('| `room_not_found` | 404 | Get a room | No \\| such room. | `{ "message": "Room not found" }` |');
    expect(lines[3]).toContain('| Every operation |');
  });

  it('places the section at the marker when the description has one, else appends it', () => {
    const placed = withErrorSection(spec.info.description, catalog, rows);
    expect(placed).not.toContain('<!-- x-error-catalog -->');
    expect(placed.indexOf('`room_not_found`')).toBeLessThan(placed.indexOf('## Later'));
    expect(withErrorSection('Intro.', catalog, rows)).toMatch(/^Intro\.\n\n## Error codes\n\n.*`message`[\s\S]*\| `server_error` \|/);
  });

  it('refuses a catalog that names an operation the spec lacks', () => {
    const broken = { ...catalog, codes: { x: { status: '400' as const, operations: ['nope'], meaning: 'm' } } };
    expect(() => errorRows(spec, broken)).toThrow(/code "x" names operation "nope"/);
  });
});

describe.each(listApis())('the $name error table', (api) => {
  const spec = readBundle(api);
  const catalog = spec['x-error-catalog']!;

  it('lists every catalog code once, with an example body that carries its code field', () => {
    const rows = errorRows(spec, catalog);
    expect(rows.map((row) => row.code)).toEqual(Object.keys(catalog.codes));
    for (const row of rows) expect(codeIn(catalog, row.example)).toBe(catalog.codes[row.code]!.message ?? row.code);
    const markdown = errorTableMarkdown(rows);
    for (const code of Object.keys(catalog.codes)) expect(markdown).toContain(`| \`${code}\` |`);
  });
});
