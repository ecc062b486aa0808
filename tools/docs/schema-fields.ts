// A JSON Schema as the list of fields a reader fills in or gets back: name,
// type, required or not, constraints and description, nested objects
// indented under their field. `$ref`s are followed through the model's
// `deref`; a schema met again below itself is named, not expanded, so a
// recursive schema ends.
import { componentName, deref, isObject, type Json, type Spec } from '../../model/spec.js';
import { html, type Html } from './html.ts';
import { inlineMarkdown } from './markdown.ts';

const MAX_DEPTH = 6;

interface ObjectShape {
  properties: [string, unknown][];
  required: Set<string>;
  /** oneOf/anyOf alternatives of the object as a whole, e.g. "new contact" or "existing contact". */
  choices: Json[];
  /** The schema of properties not listed, when it is a schema (a map's values). */
  others?: unknown;
}

/** The fields of an object schema (or of the objects in an array), or nothing for a scalar. */
export function schemaFields(spec: Spec, schema: unknown): Html {
  return fieldList(spec, schema, []);
}

function fieldList(spec: Spec, raw: unknown, seen: Json[]): Html {
  const schema = expandable(spec, raw);
  if (!schema || seen.includes(schema) || seen.length >= MAX_DEPTH) return html``;
  const shape = objectShape(spec, schema);
  const inner = [...seen, schema];
  const items = shape.properties.map(([name, property]) => field(spec, name, property, shape.required.has(name), inner));
  if (shape.others !== undefined) items.push(field(spec, '(any other name)', shape.others, false, inner));
  const choices = shape.choices.map((choice) => {
    const needs = Array.isArray(choice.required) ? choice.required : [];
    return html`<li>${choice.title ? html`<strong>${choice.title}</strong>: ` : ''}${needs.length > 0 ? html`send ${list(needs)}` : inlineMarkdown(choice.description)}</li>`;
  });
  if (items.length === 0 && choices.length === 0) return html``;
  return html`${choices.length > 0 ? html`<p class="choices-intro">Send exactly one of:</p><ul class="choices">${choices}</ul>` : ''}${
    items.length > 0 ? html`<ul class="fields">${items}</ul>` : ''
  }`;
}

function field(spec: Spec, name: string, raw: unknown, required: boolean, seen: Json[]): Html {
  return fieldItem(spec, name, raw, { required, nested: fieldList(spec, raw, seen) });
}

/**
 * One field as a list item: name, type, required or not, description (the
 * schema's unless given, as a parameter's is) and limits, then what `nested`
 * holds. Parameters are listed with it too.
 */
export function fieldItem(spec: Spec, name: string, raw: unknown, options: { required?: boolean; description?: string; nested?: Html } = {}): Html {
  const schema = resolved(spec, raw);
  const description = options.description ?? schema.description;
  const notes = constraints(schema);
  return html`<li class="field"><div class="field-head"><code class="field-name">${name}</code> <span class="type">${typeLabel(spec, raw)}</span>${
    options.required ? html` <span class="required">required</span>` : ''
  }</div>${description ? html`<div class="field-doc">${inlineMarkdown(description)}</div>` : ''}${
    notes.length > 0 ? html`<div class="constraints">${notes.map((note, index) => html`${index > 0 ? ' · ' : ''}${note}`)}</div>` : ''
  }${options.nested ?? ''}</li>`;
}

/** The object schema whose fields to list: the schema itself, or the items of an array of objects. */
function expandable(spec: Spec, raw: unknown): Json | undefined {
  const schema = resolved(spec, raw);
  if (isObjectSchema(spec, schema)) return schema;
  if (schema.items !== undefined) {
    const items = resolved(spec, schema.items);
    if (isObjectSchema(spec, items)) return items;
  }
  return undefined;
}

function isObjectSchema(spec: Spec, schema: Json): boolean {
  if (schema.type === 'object' || isObject(schema.properties)) return true;
  return Array.isArray(schema.allOf) && schema.allOf.some((part: unknown) => isObjectSchema(spec, resolved(spec, part)));
}

/** Properties, required names and alternatives, with `allOf` parts merged in order. */
function objectShape(spec: Spec, schema: Json): ObjectShape {
  const shape: ObjectShape = { properties: [], required: new Set(), choices: [] };
  const merge = (part: Json) => {
    for (const sub of Array.isArray(part.allOf) ? part.allOf : []) merge(resolved(spec, sub));
    for (const entry of Object.entries(isObject(part.properties) ? part.properties : {})) {
      const at = shape.properties.findIndex(([name]) => name === entry[0]);
      if (at >= 0) shape.properties[at] = entry;
      else shape.properties.push(entry);
    }
    for (const name of Array.isArray(part.required) ? part.required : []) shape.required.add(name);
    for (const choice of [...(part.oneOf ?? []), ...(part.anyOf ?? [])]) {
      const resolvedChoice = resolved(spec, choice);
      // A choice that only says which properties are required picks between forms of this object.
      if (!isObject(resolvedChoice.properties) && resolvedChoice.type === undefined) shape.choices.push(resolvedChoice);
    }
    if (isObject(part.additionalProperties)) shape.others = part.additionalProperties;
  };
  merge(schema);
  return shape;
}

/** `string (date)`, `array of Booking`, `integer or string`, `string or null`. */
export function typeLabel(spec: Spec, raw: unknown): string {
  const name = componentName(isObject(raw) ? raw.$ref : undefined, 'schemas');
  const schema = resolved(spec, raw);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(alternatives) && alternatives.every((choice: unknown) => resolved(spec, choice).type !== undefined || isObject(choice))) {
    const labels = alternatives.map((choice: unknown) => typeLabel(spec, choice)).filter((label: string) => label !== '');
    if (labels.length > 0 && schema.type === undefined && !isObject(schema.properties)) return [...new Set(labels)].join(' or ');
  }
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : isObjectSchema(spec, schema) ? ['object'] : [];
  const label = types
    .map((type) => {
      if (type === 'array') return `array of ${typeLabel(spec, schema.items) || 'values'}`;
      if (type === 'object' && name) return name;
      if (schema.format && type !== 'null') return `${type} (${schema.format})`;
      return type;
    })
    .join(' or ');
  return label || name || '';
}

/** Limits a reader must respect, in words: `1 to 100`, `one of: a, b`, `default 20`. */
export function constraints(schema: Json): (string | Html)[] {
  const notes: (string | Html)[] = [];
  if (Array.isArray(schema.enum)) notes.push(html`one of ${list(schema.enum)}`);
  if (schema.const !== undefined) notes.push(html`always ${list([schema.const])}`);
  const range = (low: unknown, high: unknown, unit = '') => {
    const last = high ?? low;
    const units = unit && (last === 1 ? ` ${unit}` : ` ${unit}s`);
    if (low !== undefined && high !== undefined) notes.push(`${low} to ${high}${units}`);
    else if (low !== undefined) notes.push(`at least ${low}${units}`);
    else if (high !== undefined) notes.push(`at most ${high}${units}`);
  };
  range(schema.minimum, schema.maximum);
  range(schema.minLength, schema.maxLength, 'character');
  range(schema.minItems, schema.maxItems, 'item');
  if (schema.pattern) notes.push(html`pattern <code>${schema.pattern}</code>`);
  if (schema.default !== undefined) notes.push(html`default ${list([schema.default])}`);
  return notes;
}

function list(values: unknown[]): Html {
  return html`${values.map((value, index) => html`${index > 0 ? ', ' : ''}<code>${typeof value === 'string' ? value : JSON.stringify(value)}</code>`)}`;
}

function resolved(spec: Spec, raw: unknown): Json {
  return isObject(raw) ? deref<Json>(spec, raw) : {};
}
