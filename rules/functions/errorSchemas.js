// @ts-check
// Every 4xx/5xx body uses one of the shared schemas the error profile
// declares for that status: a `$ref` to one of them, or a oneOf/anyOf of
// such `$ref`s. A status the profile gives no shape is undocumented.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf, CATALOG_KEY } from '../lib/catalog.js';
import { Findings } from '../lib/findings.js';
import { componentName, isErrorStatus, isObject, locate, mediaTypesOf, operationsOf } from '../lib/openapi.js';

/**
 * The components/schemas names a body schema uses, or undefined when any part
 * of it is not such a `$ref`.
 * @param {Record<string, any>} doc @param {unknown} schema
 */
function sharedSchemaNames(doc, schema) {
  const direct = componentName(locate(doc, schema, []).ref, 'schemas');
  if (direct !== undefined) return [direct];
  const choices = isObject(schema) && !('$ref' in schema) ? (schema.oneOf ?? schema.anyOf) : undefined;
  if (!Array.isArray(choices) || choices.length === 0) return undefined;
  const names = choices.map((choice) => componentName(isObject(choice) ? choice.$ref : undefined, 'schemas'));
  return names.every((name) => name !== undefined) ? /** @type {string[]} */ (names) : undefined;
}

export default createRulesetFunction({ input: { type: 'object' }, options: null }, function errorSchemas(doc) {
  const catalog = catalogOf(doc);
  if (!catalog) return [];
  const findings = new Findings();
  for (const operation of operationsOf(doc)) {
    for (const [status, response] of operation.responses) {
      if (!isErrorStatus(status) || !isObject(response.node)) continue;
      const allowed = catalog.profile.schemas[status];
      if (!allowed) {
        findings.add([...operation.at, 'responses', status], operation.label, `declares ${status}, a status ${CATALOG_KEY} gives no error shape (profile.schemas); document it there or drop it`);
        continue;
      }
      const expected = `${CATALOG_KEY} allows ${allowed.join(' or ')} for ${status}`;
      const mediaTypes = mediaTypesOf(response);
      if (mediaTypes.length === 0) findings.add(response.at, operation.label, `its ${status} response has no body; ${expected}`);
      for (const mediaType of mediaTypes) {
        const names = sharedSchemaNames(doc, mediaType.node.schema);
        const stray = names?.filter((name) => !allowed.includes(name));
        if (names && stray?.length === 0) continue;
        const uses =
          mediaType.node.schema === undefined
            ? 'no schema'
            : (stray?.join(' and ') ?? 'a schema that is not a $ref to components/schemas (or a oneOf of such $refs)');
        findings.add([...mediaType.at, 'schema'], operation.label, `its ${status} body (${mediaType.type}) uses ${uses}; ${expected}`);
      }
    }
  }
  return findings.results();
});
