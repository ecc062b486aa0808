// @ts-check
// Every error body uses one of the shared schemas the error profile declares
// for that status: a `$ref` to one of them, or a oneOf/anyOf of such `$ref`s.
// A range (`4XX`) may use any schema of the statuses it covers, and `default`
// any schema of the profile. A status the profile gives no shape is
// undocumented.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { catalogOf } from '../../model/catalog.js';
import { Findings } from '../lib/findings.js';
import { componentName, isErrorStatus, isObject, locate, mediaTypesOf, operationsOf, statusCovers } from '../../model/spec.js';
import { catalogKeyOf, optionsSchema } from '../lib/options.js';

/** @typedef {import('../../model/spec.js').JsonPath} JsonPath */
/** @typedef {import('../lib/options.js').CatalogOptions & { includeDefault?: boolean }} Options */

/**
 * The components/schemas names a body schema uses, each with where it is
 * named, or undefined when any part of it is not such a `$ref`.
 * @param {Record<string, any>} doc @param {unknown} schema @param {JsonPath} at
 * @returns {{ name: string, at: JsonPath }[] | undefined}
 */
function sharedSchemaNames(doc, schema, at) {
  const direct = componentName(locate(doc, schema, []).ref, 'schemas');
  if (direct !== undefined) return [{ name: direct, at }];
  if (!isObject(schema) || '$ref' in schema) return undefined;
  const keyword = schema.oneOf !== undefined ? 'oneOf' : 'anyOf';
  const choices = schema[keyword];
  if (!Array.isArray(choices) || choices.length === 0) return undefined;
  const names = choices.map((choice, index) => ({ name: componentName(isObject(choice) ? choice.$ref : undefined, 'schemas'), at: [...at, keyword, index] }));
  return names.every((entry) => entry.name !== undefined) ? /** @type {{ name: string, at: JsonPath }[]} */ (names) : undefined;
}

/**
 * The schemas the profile allows under a response key, and how to say so:
 * its own entry, for a range those of every status it covers, for `default`
 * every schema of the profile.
 * @param {Record<string, string[]>} schemas @param {string} written
 */
function allowedFor(schemas, written) {
  if (schemas[written]) return { names: schemas[written], why: `for ${written}` };
  if (written !== 'default' && !/^[45]XX$/i.test(written)) return undefined;
  const names = [...new Set(Object.entries(schemas).flatMap(([status, listed]) => (statusCovers(written, status) ? listed : [])))];
  if (names.length === 0) return undefined;
  return { names, why: `for ${written} (${written === 'default' ? 'any status' : `any ${written[0]}xx status`} in profile.schemas)` };
}

export default createRulesetFunction(
  {
    input: { type: 'object' },
    options: optionsSchema({
      includeDefault: { type: 'boolean', default: true, description: 'Whether a `default` response is checked: its body may use any schema the profile lists.' },
    }),
  },
  /** @param {Record<string, any>} doc @param {Options | null} options */
  function errorSchemas(doc, options) {
    const key = catalogKeyOf(options);
    const catalog = catalogOf(doc, key);
    if (!catalog) return [];
    const includeDefault = options?.includeDefault ?? true;
    const findings = new Findings();
    for (const operation of operationsOf(doc)) {
      for (const [status, response] of operation.responses) {
        if (!isErrorStatus(status) || (status === 'default' && !includeDefault) || !isObject(response.node)) continue;
        const allowed = allowedFor(catalog.profile.schemas, status);
        if (!allowed) {
          findings.add([...operation.at, 'responses', status], operation.label, `declares ${status}, a status ${key} gives no error shape (profile.schemas); document it there or drop it`);
          continue;
        }
        const expected = `${key} allows ${allowed.names.join(' or ')} ${allowed.why}`;
        const mediaTypes = mediaTypesOf(response);
        if (mediaTypes.length === 0) {
          findings.add(isObject(response.node.content) ? [...response.at, 'content'] : response.at, operation.label, `its ${status} response has no body; ${expected}`);
        }
        for (const mediaType of mediaTypes) {
          const schemaAt = [...mediaType.at, 'schema'];
          const names = sharedSchemaNames(doc, mediaType.node.schema, schemaAt);
          const stray = names?.filter((entry) => !allowed.names.includes(entry.name));
          if (stray?.length === 0) continue;
          if (mediaType.node.schema === undefined) {
            findings.add(mediaType.at, operation.label, `its ${status} body (${mediaType.type}) uses no schema; ${expected}`);
          } else if (!stray) {
            findings.add(schemaAt, operation.label, `its ${status} body (${mediaType.type}) uses a schema that is not a $ref to components/schemas (or a oneOf of such $refs); ${expected}`);
          } else {
            const at = stray.length === 1 ? stray[0]?.at ?? schemaAt : schemaAt;
            findings.add(at, operation.label, `its ${status} body (${mediaType.type}) uses ${stray.map((entry) => entry.name).join(' and ')}; ${expected}`);
          }
        }
      }
    }
    return findings.results();
  },
);
