// @ts-check
// Tenant isolation, as the profile's `isolation` describes it:
// - detail endpoints (operations with path parameters) declare the
//   missing-resource status, which is also the answer for another tenant's
//   resource;
// - the scope-failure status means only "this key lacks the scope": every
//   operation answers it with the same shared response, so no endpoint can
//   document it differently (say, as "not yours");
// - every operation has a security requirement, and names its scopes when the
//   profile has a scope-failure status (so a scope failure can happen at all);
// - every operation whose request has a field naming a tenant-owned resource
//   (foreignReferences) lists the code a foreign value gets (its status and
//   example are then checked by contract-catalog-examples), and that code does
//   not use the scope-failure status, which keeps one meaning.
// A code of the missing-resource status shown under the scope-failure status
// is reported by contract-undocumented-code, not again here.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf, CATALOG_KEY, occursIn, requiredStatuses } from '../lib/catalog.js';
import { Findings } from '../lib/findings.js';
import { operationsOf, requestHasField, securityOf, traitsOf } from '../lib/openapi.js';

/** @typedef {import('../lib/openapi.js').Operation} Operation */

/** Whether every alternative of the operation's security names at least one scope. */
function namesScopes(/** @type {Record<string, any>[]} */ security) {
  return security.every((requirement) => Object.values(requirement).some((scopes) => Array.isArray(scopes) && scopes.length > 0));
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

export default createRulesetFunction({ input: { type: 'object' }, options: null }, function tenantIsolation(doc) {
  const catalog = catalogOf(doc);
  if (!catalog) return [];
  const { missingResource, scopeFailure, foreignReferences = [] } = catalog.profile.isolation ?? {};
  const operations = operationsOf(doc);
  const findings = new Findings();
  for (const operation of operations) {
    const security = securityOf(doc, operation);
    if (security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0)) {
      findings.add(operation.at, operation.label, 'has no security requirement (or allows anonymous calls with {}); name the scheme and its scopes');
    } else if (scopeFailure && !namesScopes(security)) {
      findings.add([...operation.at, 'security'], operation.label, `its security requirement names no scope, but ${CATALOG_KEY} says ${scopeFailure} means a missing scope`);
    }
    if (missingResource && traitsOf(operation).withPathParameters && !operation.responses.has(missingResource) && !requiredStatuses(catalog, operation).has(missingResource)) {
      findings.add([...operation.at, 'responses'], operation.label, `is a detail endpoint without a ${missingResource} response; ${CATALOG_KEY} says a missing or another tenant's resource is answered with ${missingResource}`);
    }
    for (const reference of foreignReferences) {
      const entry = catalog.codes[reference.code];
      if (!entry || occursIn(entry, operation.id) || !requestHasField(doc, operation, reference.in, reference.name)) continue;
      const where = reference.in === 'body' ? 'request body' : 'query';
      findings.add(operation.at, operation.label, `its ${where} has \`${reference.name}\`, which names a tenant-owned resource, but ${CATALOG_KEY} does not list \`${reference.code}\` (the answer to another tenant's value) for it`);
    }
  }
  foreignReferences.forEach((reference, index) => {
    const status = catalog.codes[reference.code]?.status;
    if (!scopeFailure || status !== scopeFailure) return;
    const at = [CATALOG_KEY, 'profile', 'isolation', 'foreignReferences', index];
    findings.add(at, `${CATALOG_KEY} foreign reference \`${reference.name}\``, `its code \`${reference.code}\` has status ${status}, which the profile reserves for scope failures`);
  });
  if (scopeFailure) {
    const declaring = operations.filter((operation) => operation.responses.has(scopeFailure));
    const shared = sharedResponse(declaring, scopeFailure);
    for (const operation of declaring) {
      const at = [...operation.at, 'responses', scopeFailure];
      const ref = operation.responses.get(scopeFailure)?.ref ?? 'inline';
      if (ref !== shared) {
        findings.add(at, operation.label, `its ${scopeFailure} response is ${ref}, not ${shared} like the other operations; ${CATALOG_KEY} reserves ${scopeFailure} for scope failures, so it reads the same everywhere`);
      }
    }
  }
  return findings.results();
});
