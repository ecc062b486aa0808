import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { listApis, projectRoot, readBundle } from '../../model/registry.js';
import { operationsOf } from '../../model/spec.js';

const catalogSchema = JSON.parse(readFileSync(join(projectRoot, 'openapi/error-catalog.schema.json'), 'utf8'));
const validateCatalog = new Ajv2020({ allErrors: true }).compile(catalogSchema);

describe.each(listApis())('the bundled $name spec', (api) => {
  const spec = readBundle(api);

  it('is OpenAPI 3.1 with the 2020-12 schema dialect, so Prism validates as the spec means', () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
    expect(spec.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('is self-contained: every $ref points inside the file', () => {
    const refs = JSON.stringify(spec).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.filter((ref) => !ref.includes('"#/'))).toEqual([]);
  });

  it('carries an x-error-catalog that matches the catalog schema', () => {
    validateCatalog(spec['x-error-catalog']);
    expect(validateCatalog.errors ?? []).toEqual([]);
  });

  it('names every operation, and the catalog names only operations that exist', () => {
    const ids = operationsOf(spec).map((operation) => operation.id);
    expect(new Set(ids).size).toBe(ids.length);
    const named = Object.values(spec['x-error-catalog']!.codes).flatMap((entry) => (entry.operations === 'all' ? [] : entry.operations));
    expect(named.filter((id) => !ids.includes(id))).toEqual([]);
  });
});
