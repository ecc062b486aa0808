// Every example in a bundled spec next to the schema it illustrates: named
// examples and single `example` values of media types, parameters and headers.
import { deref, type Json } from './spec.ts';
import { pointerPart } from './schema-validator.ts';

export interface LocatedExample {
  /** JSON pointer of the object holding the example (media type, parameter or header). */
  where: string;
  /** Example name, or `example` for a single unnamed value. */
  name: string;
  /** JSON pointer of the schema the value must satisfy. */
  schemaPointer: string;
  value: unknown;
}

export function collectExamples(spec: Json): LocatedExample[] {
  const found: LocatedExample[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${pointer}/${index}`));
      return;
    }
    const object = node as Json;
    if (object.schema && typeof object.schema === 'object') {
      const schemaPointer = `${pointer}/schema`;
      if ('example' in object) found.push({ where: pointer, name: 'example', schemaPointer, value: object.example });
      for (const [name, example] of Object.entries((object.examples ?? {}) as Json)) {
        found.push({ where: pointer, name, schemaPointer, value: deref<Json>(spec, example).value });
      }
    }
    for (const [key, child] of Object.entries(object)) {
      // Schema internals are JSON Schema, not OpenAPI objects: do not look for examples there.
      if (key === 'schema' || key === 'schemas') continue;
      visit(child, `${pointer}/${pointerPart(key)}`);
    }
  };
  visit(spec, '#');
  return found;
}
