// What tools/codegen/contract-module.ts writes into generated/<api>/contract.ts
// for the client, on a small hand-made spec, and how the client reads the
// response keys it writes.
import { describe, expect, it } from 'vitest';
import { renderContractModule } from '../../tools/codegen/contract-module.ts';
import type { Spec } from '../../model/spec.js';
import type { Contract } from '../../src/core/contract.js';
import { responseKey } from '../../src/core/error-body.js';

const json = { content: { 'application/json': { schema: { type: 'object' } } } };
const problem = { content: { 'application/problem+json': { schema: { type: 'object' } } } };

const spec: Spec = {
  openapi: '3.1.0',
  servers: [{ url: 'https://widgets.example.test' }],
  paths: {
    '/widgets': {
      get: { responses: { default: problem, '4XX': problem, '200': json, '404': problem } },
      post: { 'x-idempotent': false, responses: { '201': json, '400': problem } },
      head: { responses: { '200': json } },
    },
    '/widgets/{id}': {
      delete: { responses: { '204': { description: 'Deleted.' }, '2XX': { content: { 'text/csv': {} } } } },
    },
  },
  'x-error-catalog': {
    codeField: 'message',
    profile: { required: { all: [] }, schemas: {} },
    codes: {
      widget_not_found: { status: '404', operations: 'all', meaning: 'No such widget.' },
      name_taken: { status: '400', operations: ['post /widgets'], meaning: 'The name is in use.', message: 'Name already taken' },
    },
  },
};

/** The `contract` object of the rendered module. */
function rendered(): Contract {
  const source = renderContractModule(spec, 'widgets/openapi.json');
  return JSON.parse(source.slice(source.indexOf('export const contract = ') + 24, source.lastIndexOf(' as const;')));
}

describe('the generated contract module', () => {
  it('gives each code its status, and its message only when the code field holds prose', () => {
    expect(rendered().codes).toEqual({ widget_not_found: [404], name_taken: [400, 'Name already taken'] });
  });

  it('lists each operation’s response keys most specific first', () => {
    expect(rendered().operations['get /widgets']).toBe('200 404 4XX default');
  });

  it('marks with * a response without a JSON body, and every response of a HEAD', () => {
    const { operations } = rendered();
    expect([operations['delete /widgets/{id}'], operations['head /widgets'], operations['post /widgets']]).toEqual(['204* 2XX*', '200*', '201 400']);
  });

  it('names the operations flagged x-idempotent: false as "<method> <path>"', () => {
    expect(rendered().nonIdempotent).toEqual(['post /widgets']);
  });
});

describe('responseKey', () => {
  const keys = '200 204* 404 4XX default';

  it('takes the status itself before its range, and the range before default', () => {
    expect([responseKey(keys, 404), responseKey(keys, 409), responseKey(keys, 503), responseKey(keys, 200)]).toEqual(['404', '4XX', 'default', '200']);
  });

  it('keeps the * of a response without a JSON body', () => {
    expect(responseKey(keys, 204)).toBe('204*');
  });

  it('finds nothing for a status the operation does not cover', () => {
    expect([responseKey('200 404', 500), responseKey(undefined, 200)]).toEqual([undefined, undefined]);
  });
});
