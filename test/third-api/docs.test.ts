// The docs build on a third API: a reference page whose error table lists
// every Harbor code with its example body, read at error.code.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocs } from '../../tools/docs/build.ts';
import { errorRows } from '../../tools/docs/error-reference.ts';
import { codeIn } from '../../model/catalog.js';
import { harbor, harborSpec } from './harbor.ts';

const out = await mkdtemp(join(tmpdir(), 'harbor-docs-'));
afterAll(() => rm(out, { recursive: true, force: true }));

describe('npm run docs on the Harbor fixture', () => {
  it('builds its page with every catalog code, counted on the landing page', async () => {
    const [entry] = await buildDocs(out, [harbor]);
    expect(entry).toMatchObject({ name: 'harbor', operations: 4, errorCodes: Object.keys(harborSpec()['x-error-catalog']!.codes).length });
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('Harbor Moorings API');
  });

  it('gives each code an entry with its status and an example body holding the code at error.code', () => {
    const catalog = harborSpec()['x-error-catalog']!;
    const rows = errorRows(harborSpec(), catalog);
    expect(rows.map((row) => [row.code, row.status])).toEqual(Object.entries(catalog.codes).map(([code, entry]) => [code, entry.status]));
    for (const row of rows) expect(codeIn(catalog, row.example)).toBe(row.code);
  });
});
