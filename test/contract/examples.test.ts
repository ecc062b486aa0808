import { describe, expect, it } from 'vitest';
import { getApi, listApis, readBundle } from '../../model/registry.js';
import { collectExamples } from './support/examples.ts';
import { createSchemaValidator } from '../../model/ajv.js';
import { toPointer } from '../../model/pointer.js';
import { mediaTypesOf, namedExamplesOf, operationsOf } from '../../model/spec.js';


describe.each(listApis())('the $name contract examples', (api) => {
  const spec = readBundle(api);
  const examples = collectExamples(spec);
  const validator = createSchemaValidator(spec);

  it('are found wherever an operation shows one: every named example of every request and response body', () => {
    const found = new Set(examples.map((example) => `${example.where} ${example.name}`));
    const shown = operationsOf(spec).flatMap((operation) =>
      [operation.requestBody, ...operation.responses.values()].flatMap((body) =>
        mediaTypesOf(body).flatMap((mediaType) => namedExamplesOf(spec, mediaType).map((example) => `${toPointer(mediaType.at)} ${example.name}`)),
      ),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((key) => !found.has(key))).toEqual([]);
  });

  it.each(examples.map((example) => [`${example.where} › ${example.name}`, example] as const))(
    'each one validates against its schema: %s',
    (_label, example) => {
      expect(validator.check(example.schemaPointer, example.value)).toEqual([]);
    },
  );
});

describe('the schema validator', () => {
  const validator = createSchemaValidator(readBundle(getApi('campone')));

  it('reports a value that breaks its schema, so the example checks above can fail', () => {
    expect(validator.check('#/components/schemas/ErrorDetail', { detail: 42 })).not.toEqual([]);
    expect(validator.check('#/components/schemas/ErrorDetail', { detail: 'not_found' })).toEqual([]);
  });

  it('checks formats and follows $refs inside the spec', () => {
    const page = { count: 1, next: null, previous: null, results: [{ id: 1 }] };
    expect(validator.check('#/components/schemas/BookingPage', page).join()).toMatch(/required property 'site_id'/);
    expect(validator.check('#/components/schemas/PageLinks', { count: 0, next: 'not a uri', previous: null })).not.toEqual([]);
  });
});
