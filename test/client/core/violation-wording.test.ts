// The client words a refused field as the server does, with a copy of the
// model's `violationMessage` (the package ships without model/). The two must
// give the same text for every message each catalog writes, whichever params
// ajv reports.
import { describe, expect, it } from 'vitest';
import { catalogOf, violationMessage } from '../../../model/catalog.js';
import { listApis, readBundle } from '../../../model/registry.js';
import { worded } from '../../../src/core/validate.js';

const PARAMS: Record<string, unknown>[] = [{}, { limit: 5 }, { limit: 0, comparison: '>=' }, { format: 'email' }, { format: 'date' }, { missingProperty: 'site_id' }, { allowedValues: ['a', 'b'] }];

describe.each(listApis().map((api) => [api.name, catalogOf(readBundle(api))!] as const))('the client’s wording of %s violations', (_name, catalog) => {
  const messages = catalog.profile.violationMessages ?? {};
  const keywords = [...new Set(Object.keys(messages).map((key) => key.split(':')[0]!)), 'type'];

  it('is the model’s, for every keyword the catalog words and one it does not', () => {
    for (const keyword of keywords) {
      for (const params of PARAMS) expect(worded(messages, keyword, params), `${keyword} ${JSON.stringify(params)}`).toBe(violationMessage(catalog, { keyword, params }));
    }
  });
});
