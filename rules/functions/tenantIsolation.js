// @ts-check
// Tenant isolation, as the profile's `isolation` describes it:
// - detail endpoints (operations with path parameters) declare the
//   missing-resource status, which is also the answer for another tenant's
//   resource;
// - the scope-failure status means only "this key lacks the scope": with
//   `scopeFailureResponse`, every response with that status is a `$ref` to
//   exactly that shared response, the one the catalog vouches for; without
//   it, every operation at least answers it with the same shared response;
//   and no scope-failure example shows a code of the missing-resource status
//   (another tenant's resource must look missing, not forbidden);
// - every operation has a security requirement, and names its scopes when the
//   profile has a scope-failure status (so a scope failure can happen at all),
//   unless the catalog admits it as public (profile.authentication.public);
//   a public operation belongs to no tenant, so nothing below applies to it;
// - every operation whose request has a field naming a tenant-owned resource
//   (foreignReferences) lists the code a foreign value gets (its status and
//   example are then checked by contract-catalog-examples), and that code does
//   not use the scope-failure status, which keeps one meaning.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf, codeIn, codePath, codeValue, occursIn, publicOperations, requiredStatuses } from '../../model/catalog.js';
import { Findings } from '../lib/findings.js';
import { componentName, examplesOf, isObject, locate, mediaTypesOf, operationsOf, requestHasField, traitsOf } from '../../model/spec.js';
import { catalogKeyOf, optionsSchema } from '../lib/options.js';

/** @typedef {import('../../model/spec.js').Operation} Operation */
/** @typedef {import('../../model/spec.js').JsonPath} JsonPath */

/** Whether a security requirement names at least one scope. */
function namesScopes(/** @type {Record<string, any>} */ requirement) {
  return Object.values(requirement).some((scopes) => Array.isArray(scopes) && scopes.length > 0);
}

/** The response most operations use for a status, as `$ref` (or `inline`). */
function sharedResponse(/** @type {Operation[]} */ operations, /** @type {string} */ status) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const operation of operations) {
    const ref = operation.responses.get(status)?.ref ?? 'inline';
    counts.set(ref, (counts.get(ref) ?? 0) + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['inline', 0])[0];
}

/** Where an operation's request field is: the query parameter (its own, or the path item's), or the request body. @param {Record<string, any>} doc @param {Operation} operation @param {'body' | 'query'} where @param {string} name @returns {JsonPath} */
function fieldAt(doc, operation, where, name) {
  if (where === 'body') return [...operation.at, 'requestBody'];
  const itemAt = operation.at.slice(0, -1);
  /** @type {any} */
  const item = itemAt.reduce((/** @type {any} */ value, part) => (isObject(value) ? value[part] : undefined), doc);
  const lists = [
    { list: operation.node.parameters, at: [...operation.at, 'parameters'] },
    { list: isObject(item) ? item.parameters : undefined, at: [...itemAt, 'parameters'] },
  ];
  for (const { list, at } of lists) {
    if (!Array.isArray(list)) continue;
    const index = list.findIndex((raw) => {
      const parameter = locate(doc, raw, []).node;
      return isObject(parameter) && parameter.in === 'query' && parameter.name === name;
    });
    if (index >= 0) return [...at, index];
  }
  return operation.at;
}

export default createRulesetFunction(
  { input: { type: 'object' }, options: optionsSchema() },
  /** @param {Record<string, any>} doc @param {import('../lib/options.js').CatalogOptions | null} options */
  function tenantIsolation(doc, options) {
    const key = catalogKeyOf(options);
    const catalog = catalogOf(doc, key);
    if (!catalog) return [];
    const { missingResource, scopeFailure, scopeFailureResponse, foreignReferences = [] } = catalog.profile.isolation ?? {};
    const operations = operationsOf(doc);
    const findings = new Findings();
    const admitted = new Set(publicOperations(catalog));
    for (const operation of operations) {
      const { requirements = [], at, anonymous } = operation.security;
      if (anonymous && !admitted.has(operation.id)) {
        const empty = requirements.findIndex((requirement) => isObject(requirement) && Object.keys(requirement).length === 0);
        findings.add(
          empty >= 0 ? [...at, empty] : at,
          operation.label,
          `has no security requirement (or allows anonymous calls with {}); name the scheme and its scopes, or, if it is public on purpose, list it under ${key} profile.authentication.public`,
        );
      } else if (!anonymous && scopeFailure) {
        const scopeless = requirements.findIndex((requirement) => isObject(requirement) && !namesScopes(requirement));
        if (scopeless >= 0) findings.add([...at, scopeless], operation.label, `its security requirement names no scope, but ${key} says ${scopeFailure} means a missing scope`);
      }
      // A call without credentials belongs to no tenant: there is nothing to isolate.
      if (anonymous) continue;
      if (missingResource && traitsOf(operation).withPathParameters && !operation.responses.has(missingResource) && !requiredStatuses(catalog, operation).has(missingResource)) {
        const where = operation.node.responses === undefined ? operation.at : [...operation.at, 'responses'];
        findings.add(where, operation.label, `is a detail endpoint without a ${missingResource} response; ${key} says a missing or another tenant's resource is answered with ${missingResource}`);
      }
      for (const reference of foreignReferences) {
        const entry = catalog.codes[reference.code];
        if (!entry || occursIn(catalog, reference.code, operation) || !requestHasField(doc, operation, reference.in, reference.name)) continue;
        const where = reference.in === 'body' ? 'request body' : 'query';
        findings.add(
          fieldAt(doc, operation, reference.in, reference.name),
          operation.label,
          `its ${where} has \`${reference.name}\`, which names a tenant-owned resource, but ${key} does not list \`${reference.code}\` (the answer to another tenant's value) for it`,
        );
      }
    }
    foreignReferences.forEach((reference, index) => {
      const status = catalog.codes[reference.code]?.status;
      if (!scopeFailure || status !== scopeFailure) return;
      const at = [key, 'profile', 'isolation', 'foreignReferences', index, 'code'];
      findings.add(at, `${key} foreign reference \`${reference.name}\``, `its code \`${reference.code}\` has status ${status}, which the profile reserves for scope failures`);
    });
    if (!scopeFailure) return findings.results();

    const declaring = operations.filter((operation) => operation.responses.has(scopeFailure));
    const components = isObject(doc.components) && isObject(doc.components.responses) ? doc.components.responses : {};
    if (scopeFailureResponse !== undefined) {
      // A name components/responses lacks is reported by contract-catalog-references.
      if (scopeFailureResponse in components) {
        for (const operation of declaring) {
          const ref = operation.responses.get(scopeFailure)?.ref;
          if (componentName(ref, 'responses') === scopeFailureResponse) continue;
          const is = ref === undefined ? 'written inline' : ref;
          findings.add(
            [...operation.at, 'responses', scopeFailure],
            operation.label,
            `its ${scopeFailure} response is ${is}, not #/components/responses/${scopeFailureResponse}, the only response ${key} allows for ${scopeFailure} (profile.isolation.scopeFailureResponse: a missing scope)`,
          );
        }
      }
    } else {
      const shared = sharedResponse(declaring, scopeFailure);
      for (const operation of declaring) {
        const ref = operation.responses.get(scopeFailure)?.ref ?? 'inline';
        if (ref === shared) continue;
        findings.add(
          [...operation.at, 'responses', scopeFailure],
          operation.label,
          `its ${scopeFailure} response is ${ref}, not ${shared} like the other operations; ${key} reserves ${scopeFailure} for scope failures, so it reads the same everywhere`,
        );
      }
    }

    if (!missingResource) return findings.results();
    // Another tenant's resource must look missing: no scope-failure example shows a missing-resource code.
    /** @type {Map<string, string>} catalog code by the value its code field holds, for missing-resource codes */
    const missingCodes = new Map(
      Object.entries(catalog.codes)
        .filter(([, entry]) => entry.status === missingResource)
        .map(([code, entry]) => [codeValue(code, entry), code]),
    );
    const missingNames = new Set(missingCodes.values());
    if (missingCodes.size === 0) return findings.results();
    for (const operation of declaring) {
      const response = operation.responses.get(scopeFailure);
      if (!response) continue;
      for (const mediaType of mediaTypesOf(response)) {
        for (const example of examplesOf(doc, mediaType)) {
          const value = codeIn(catalog, example.value);
          const byValue = typeof value === 'string' ? missingCodes.get(value) : undefined;
          const code = byValue ?? (example.name !== undefined && missingNames.has(example.name) ? example.name : undefined);
          if (code === undefined) continue;
          const name = example.name !== undefined ? ` \`${example.name}\`` : '';
          findings.add(
            byValue !== undefined ? [...example.at, ...codePath(catalog)] : example.at.slice(0, -1),
            operation.label,
            `its ${scopeFailure} example${name} shows \`${code}\`, which ${key} documents under ${missingResource} (missing resource); ${scopeFailure} means only a missing scope, and another tenant's resource must look missing`,
          );
        }
      }
    }
    return findings.results();
  },
);
