// A copy of a JSON Schema without its annotations (descriptions, titles,
// examples), which validation never reads. ajv embeds the schemas it looks
// properties up in, so without this the generated validators would carry the
// spec's prose. Keywords are recognised by position, so a property that is
// itself named `description` or `title` is kept.
import type { Json } from '../../model/spec.js';

const ANNOTATIONS = new Set(['title', 'description', 'examples', 'example', '$comment', 'externalDocs', 'xml', 'deprecated']);
/** Keywords whose value is a schema. */
const ONE = new Set(['not', 'if', 'then', 'else', 'items', 'contains', 'additionalProperties', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties']);
/** Keywords whose value is a list of schemas. */
const LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords whose value maps names to schemas. */
const MAP = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs']);

export function stripAnnotations(schema: unknown): Json {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema as Json;
  const out: Json = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword) || keyword.startsWith('x-')) continue;
    if (ONE.has(keyword)) out[keyword] = stripAnnotations(value);
    else if (LIST.has(keyword) && Array.isArray(value)) out[keyword] = value.map(stripAnnotations);
    else if (MAP.has(keyword) && value && typeof value === 'object') out[keyword] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, stripAnnotations(sub)]));
    else out[keyword] = value;
  }
  return out;
}
