// `npm run new-api`: what it would write for a new API, made in memory. The
// contract it scaffolds keeps every promise of the rules from the start, the
// API is registered where the tools look, and bad names write nothing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogOf, codePath } from '../../model/catalog.js';
import { UserError } from '../../model/input.js';
import { projectRoot } from '../../model/registry.js';
import { lintText } from '../../tools/lint/spectral.js';
import { scaffoldApi } from '../../tools/scaffold/new-api.ts';

const files = await scaffoldApi('boat-rental');
const at = (path: string) => files.get(join(projectRoot, path));

describe('npm run new-api -- boat-rental', () => {
  it('writes the contract, the client entry and the generated files, named after the API', () => {
    expect(at('openapi/boat-rental/openapi.yaml')).toMatch(/^  title: Boat Rental API$/m);
    expect(at('src/boat-rental/index.ts')).toContain('export function createBoatRentalClient(');
    expect(at('src/boat-rental/validate.ts')).toContain("from '../../generated/boat-rental/request-validators.js'");
    for (const file of ['openapi.json', 'schema.d.ts', 'contract.ts', 'request-validators.ts']) expect(at(`generated/boat-rental/${file}`)).toBeDefined();
  });

  it('registers the API in redocly.yaml, keeping its comments, and exports its entries', () => {
    const config = at('redocly.yaml')!;
    expect(parse(config).apis['boat-rental']).toEqual({ root: './openapi/boat-rental/openapi.yaml', 'x-openapi-ts': { output: './generated/boat-rental/schema.d.ts' } });
    expect(config).toContain('# Redocly CLI configuration');
    const exports = JSON.parse(at('package.json')!).exports;
    expect(Object.keys(exports).slice(-3)).toEqual(['./boat-rental', './boat-rental/validate', './package.json']);
    expect(exports['./boat-rental']).toEqual({ types: './dist/src/boat-rental/index.d.ts', import: './dist/src/boat-rental/index.js' });
  });

  it('scaffolds a contract that passes every contract rule, with its code at /error/code', async () => {
    const bundle = at('generated/boat-rental/openapi.json')!;
    expect(await lintText(bundle, 'openapi.json')).toEqual([]);
    expect(codePath(catalogOf(JSON.parse(bundle))!)).toEqual(['error', 'code']);
  });

  it.each([
    ['Inventory', /is not an API name/],
    ['../x', /is not an API name/],
    ['campone', /redocly\.yaml: an API named "campone" is already registered/],
  ])('refuses %s in one line, before anything is scaffolded (newApi writes only what scaffoldApi returns)', async (name, problem) => {
    const error = await scaffoldApi(name).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(problem);
    expect((error as Error).message).not.toContain('\n');
  });
});
