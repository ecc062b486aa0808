// Every example in a bundled spec next to the schema it illustrates: named
// examples and single `example` values of media types, parameters and headers.
import { toPointer } from '../../../model/pointer.js';
import { deref, type Json } from '../../../model/spec.js';

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
  const visit = (node: unknown, path: string[]): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, String(index)]));
      return;
    }
    const object = node as Json;
    const pointer = toPointer(path);
    if (object.schema && typeof object.schema === 'object') {
      const schemaPointer = toPointer([...path, 'schema']);
      if ('example' in object) found.push({ where: pointer, name: 'example', schemaPointer, value: object.example });
      for (const [name, example] of Object.entries((object.examples ?? {}) as Json)) {
        found.push({ where: pointer, name, schemaPointer, value: deref<Json>(spec, example).value });
      }
    }
    for (const [key, child] of Object.entries(object)) {
      // Schema internals are JSON Schema, not OpenAPI objects: do not look for examples there.
      if (key === 'schema' || key === 'schemas') continue;
      visit(child, [...path, key]);
    }
  };
  visit(spec, []);
  return found;
}
