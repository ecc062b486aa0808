// @ts-check
// The catalog only names things that exist: the operations each code lists,
// a status that those operations declare, the shared schemas the profile
// allows for each error status, and the codes its foreign references name.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf, CATALOG_KEY, occursIn } from '../lib/catalog.js';
import { Findings, someOf } from '../lib/findings.js';
import { isObject, operationsOf } from '../lib/openapi.js';

export default createRulesetFunction({ input: { type: 'object' }, options: null }, function catalogReferences(doc) {
  const catalog = catalogOf(doc);
  if (!catalog) return [];
  const operations = operationsOf(doc);
  const ids = new Set(operations.map((operation) => operation.id));
  const findings = new Findings();
  for (const [code, entry] of Object.entries(catalog.codes)) {
    const who = `${CATALOG_KEY} code \`${code}\``;
    const at = [CATALOG_KEY, 'codes', code];
    if (entry.operations !== 'all') {
      entry.operations.forEach((id, index) => {
        if (!ids.has(id)) findings.add([...at, 'operations', index], who, `names operation \`${id}\`, which the spec does not have`);
      });
    }
    const where = operations.filter((operation) => occursIn(entry, operation.id));
    if (where.length > 0 && !where.some((operation) => operation.responses.has(entry.status))) {
      findings.add([...at, 'status'], who, `has status ${entry.status}, which none of its operations (${someOf(where.map((operation) => operation.id))}) declares`);
    }
  }
  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  for (const [status, names] of Object.entries(catalog.profile.schemas)) {
    names.forEach((name, index) => {
      if (!(name in schemas)) {
        findings.add([CATALOG_KEY, 'profile', 'schemas', status, index], `${CATALOG_KEY} profile.schemas.${status}`, `names schema \`${name}\`, which components/schemas does not have`);
      }
    });
  }
  (catalog.profile.isolation?.foreignReferences ?? []).forEach((reference, index) => {
    if (!(reference.code in catalog.codes)) {
      findings.add([CATALOG_KEY, 'profile', 'isolation', 'foreignReferences', index, 'code'], `${CATALOG_KEY} foreign reference \`${reference.name}\``, `names code \`${reference.code}\`, which codes does not have`);
    }
  });
  return findings.results();
});
