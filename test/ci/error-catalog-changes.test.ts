// The gate's own check of x-error-catalog, which redocly diff skips: which
// changes to documented error codes break integrators.
import { describe, expect, it } from 'vitest';
import { catalogChanges } from '../../tools/gate/catalog-compat.ts';
import type { Catalog, CatalogEntry } from '../../model/catalog.js';
import type { Spec } from '../../model/spec.js';

function spec(codes: Record<string, CatalogEntry>, operationIds = ['getBooking', 'createBooking'], codeField = 'detail'): Spec {
  const catalog: Catalog = { codeField, profile: { required: { all: ['401'] }, schemas: { '401': ['ErrorDetail'] } }, codes };
  const paths = Object.fromEntries(operationIds.map((id) => [`/${id}`, { get: { operationId: id, responses: {} } }]));
  return { openapi: '3.1.0', info: { title: 't', version: '1.0.0' }, paths, 'x-error-catalog': catalog };
}

const notFound: CatalogEntry = { status: '404', operations: ['getBooking'], meaning: 'Missing.' };
const invalidKey: CatalogEntry = { status: '401', operations: 'all', meaning: 'Bad key.' };
const base = spec({ not_found: notFound, invalid_key: invalidKey });
const changesTo = (revision: Spec) => catalogChanges(base, revision).map(({ impact, rule }) => `${impact} ${rule}`);

describe('the error-catalog check', () => {
  it('reports nothing for an identical catalog', () => {
    expect(changesTo(spec({ not_found: notFound, invalid_key: invalidKey }))).toEqual([]);
  });

  it('rates a removed or renamed code as major', () => {
    expect(changesTo(spec({ missing: notFound, invalid_key: invalidKey }))).toEqual(['major error-code-removed', 'minor error-code-added']);
  });

  it('rates a code moved to another status as major', () => {
    expect(changesTo(spec({ not_found: { ...notFound, status: '410' }, invalid_key: invalidKey }))).toEqual(['major error-code-status-changed']);
  });

  it('rates a changed documented message as major, since clients match the text', () => {
    expect(changesTo(spec({ not_found: { ...notFound, message: 'Not found.' }, invalid_key: invalidKey }))).toEqual(['major error-code-value-changed']);
  });

  it('rates a code that no longer occurs in a remaining operation as major, also when it was `all`', () => {
    const revision = spec({ not_found: { ...notFound, operations: [] }, invalid_key: { ...invalidKey, operations: ['getBooking'] } });
    expect(catalogChanges(base, revision).map((change) => change.message)).toEqual([
      'Error code `not_found` no longer occurs in getBooking.',
      'Error code `invalid_key` no longer occurs in createBooking.',
    ]);
  });

  it('leaves a removed operation to redocly diff instead of reporting its codes', () => {
    expect(changesTo(spec({ not_found: notFound, invalid_key: invalidKey }, ['createBooking']))).toEqual([]);
  });

  it('rates new codes and codes in more operations as minor', () => {
    const revision = spec({ not_found: { ...notFound, operations: ['getBooking', 'createBooking'] }, invalid_key: invalidKey, gone: { status: '410', operations: ['getBooking'], meaning: 'Gone.' } });
    expect(changesTo(revision)).toEqual(['minor error-code-operations-added', 'minor error-code-added']);
  });

  it('rates a changed code field or a removed catalog as major', () => {
    expect(changesTo(spec({ not_found: notFound, invalid_key: invalidKey }, undefined, 'code'))).toEqual(['major error-code-field-changed']);
    const { 'x-error-catalog': _removed, ...withoutCatalog } = base;
    expect(changesTo(withoutCatalog as Spec)).toEqual(['major error-catalog-removed']);
  });
});
