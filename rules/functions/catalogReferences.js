// @ts-check
// The catalog only names things that exist: the operations each code lists,
// a status that those operations declare, the shared schemas the profile
// allows for each error status, the shared response it names for scope
// failures, and the codes its foreign references name.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf, occursIn, publicOperations } from '../../model/catalog.js';
import { Findings, someOf } from '../lib/findings.js';
import { isObject, operationsOf } from '../../model/spec.js';
import { catalogKeyOf, optionsSchema } from '../lib/options.js';

export default createRulesetFunction(
  { input: { type: 'object' }, options: optionsSchema() },
  /** @param {Record<string, any>} doc @param {import('../lib/options.js').CatalogOptions | null} options */
  function catalogReferences(doc, options) {
    const key = catalogKeyOf(options);
    const catalog = catalogOf(doc, key);
    if (!catalog) return [];
    const operations = operationsOf(doc);
    const ids = new Set(operations.map((operation) => operation.id));
    const findings = new Findings();
    for (const [code, entry] of Object.entries(catalog.codes)) {
      const who = `${key} code \`${code}\``;
      const at = [key, 'codes', code];
      if (entry.operations !== 'all') {
        entry.operations.forEach((id, index) => {
          if (!ids.has(id)) findings.add([...at, 'operations', index], who, `names operation \`${id}\`, which the spec does not have`);
        });
      }
      const where = operations.filter((operation) => occursIn(catalog, code, operation));
      if (where.length > 0 && !where.some((operation) => operation.responses.has(entry.status))) {
        findings.add([...at, 'status'], who, `has status ${entry.status}, which none of its operations (${someOf(where.map((operation) => operation.id))}) declares`);
      }
    }
    const authentication = catalog.profile.authentication ?? {};
    (authentication.codes ?? []).forEach((code, index) => {
      if (!(code in catalog.codes)) findings.add([key, 'profile', 'authentication', 'codes', index], `${key} profile.authentication.codes`, `names code \`${code}\`, which codes does not have`);
    });
    publicOperations(catalog).forEach((id, index) => {
      const operation = operations.find((candidate) => candidate.id === id);
      const at = [key, 'profile', 'authentication', 'public', index];
      if (!operation) findings.add(at, `${key} profile.authentication.public`, `names operation \`${id}\`, which the spec does not have`);
      else if (!operation.security.anonymous) findings.add(at, `${key} profile.authentication.public`, `names ${operation.label}, which requires credentials (its security has no empty requirement); give it \`security: []\` or drop it from the list`);
    });
    const components = isObject(doc.components) ? doc.components : {};
    const schemas = isObject(components.schemas) ? components.schemas : {};
    for (const [status, names] of Object.entries(catalog.profile.schemas)) {
      names.forEach((name, index) => {
        if (!(name in schemas)) {
          findings.add([key, 'profile', 'schemas', status, index], `${key} profile.schemas.${status}`, `names schema \`${name}\`, which components/schemas does not have`);
        }
      });
    }
    const isolation = catalog.profile.isolation ?? {};
    const responses = isObject(components.responses) ? components.responses : {};
    if (isolation.scopeFailureResponse !== undefined && !(isolation.scopeFailureResponse in responses)) {
      findings.add(
        [key, 'profile', 'isolation', 'scopeFailureResponse'],
        `${key} profile.isolation.scopeFailureResponse`,
        `names response \`${isolation.scopeFailureResponse}\`, which components/responses does not have`,
      );
    }
    (isolation.foreignReferences ?? []).forEach((reference, index) => {
      if (!(reference.code in catalog.codes)) {
        findings.add([key, 'profile', 'isolation', 'foreignReferences', index, 'code'], `${key} foreign reference \`${reference.name}\``, `names code \`${reference.code}\`, which codes does not have`);
      }
    });
    return findings.results();
  },
);
