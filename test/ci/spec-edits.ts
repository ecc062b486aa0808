// Edits that a contract author might make, applied to a copy of a bundled spec.
// They find their target by shape, not by name, so the gate tests run against
// every API in redocly.yaml. Each returns false when the spec has no target.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deref, operationsOf, type Spec, type Json } from '../../model/spec.js';

export type Edit = (spec: Spec) => boolean;

/** A scratch folder holding a copy of `bundle`; `write` saves an edited copy beside it. */
export function fixtureFolder(bundle: string) {
  const dir = mkdtempSync(join(tmpdir(), 'contract-ci-'));
  const text = readFileSync(bundle, 'utf8');
  const base = join(dir, 'released.json');
  writeFileSync(base, text);
  return {
    dir,
    base,
    load: (): Spec => JSON.parse(text) as Spec,
    write(name: string, ...edits: Edit[]): string {
      const spec = JSON.parse(text) as Spec;
      for (const edit of edits) if (!edit(spec)) throw new Error(`edit ${edit.name} found nothing to change in ${bundle}`);
      const file = join(dir, `${name}.json`);
      writeFileSync(file, `${JSON.stringify(spec, null, 2)}\n`);
      return file;
    },
  };
}

/** The first object schema with properties in a response whose status matches. */
function responseSchema(spec: Spec, status: RegExp): Json | undefined {
  for (const operation of operationsOf(spec)) {
    for (const [code, response] of operation.responses) {
      if (!status.test(code)) continue;
      for (const media of Object.values<Json>(response.node?.content ?? {})) {
        const schema = media.schema && deref(spec, media.schema);
        if (schema?.properties && Object.keys(schema.properties).length > 0) return schema;
      }
    }
  }
  return undefined;
}

/** The first request body schema with a property that is not required. */
function requestSchemaWithOptionalProperty(spec: Spec): { schema: Json; property: string } | undefined {
  for (const operation of operationsOf(spec)) {
    const body = operation.node.requestBody && deref(spec, operation.node.requestBody);
    for (const media of Object.values<Json>(body?.content ?? {})) {
      const schema = media.schema && deref(spec, media.schema);
      const property = Object.keys(schema?.properties ?? {}).find((name) => !(schema.required ?? []).includes(name));
      if (property) return { schema, property };
    }
  }
  return undefined;
}

export const removeResponseField: Edit = (spec) => {
  const schema = responseSchema(spec, /^2/);
  if (!schema) return false;
  const [property] = Object.keys(schema.properties);
  delete schema.properties[property!];
  if (Array.isArray(schema.required)) schema.required = schema.required.filter((name: string) => name !== property);
  return true;
};

export const requireOptionalRequestProperty: Edit = (spec) => {
  const found = requestSchemaWithOptionalProperty(spec);
  if (!found) return false;
  found.schema.required = [...(found.schema.required ?? []), found.property];
  return true;
};

/** Remove a 404 response, or the first 4xx response of an API that declares no 404. */
export const removeErrorResponse: Edit = (spec) => {
  const operations = operationsOf(spec);
  const statuses = (operation: (typeof operations)[number]) => Object.keys(operation.node.responses ?? {});
  const with404 = operations.find((operation) => statuses(operation).includes('404'));
  const target = with404 ?? operations.find((operation) => statuses(operation).some((status) => /^4/.test(status)));
  if (!target) return false;
  delete target.node.responses[with404 ? '404' : statuses(target).find((status) => /^4/.test(status))!];
  return true;
};

/** Change the type of the first property of an error body, e.g. `detail: string` → `integer`. */
export const changeErrorSchema: Edit = (spec) => {
  const schema = responseSchema(spec, /^[45]/);
  if (!schema) return false;
  const [property] = Object.keys(schema.properties);
  const target = deref(spec, schema.properties[property!]);
  for (const key of Object.keys(target)) delete target[key];
  target.type = 'array';
  target.items = { type: 'integer' };
  return true;
};

export const removeErrorCode: Edit = (spec) => {
  const [code] = Object.keys(spec['x-error-catalog']?.codes ?? {});
  if (!code) return false;
  delete spec['x-error-catalog']!.codes[code];
  return true;
};

/** Additive only: a new optional response property and a new documented error code. */
export const addOptionalFieldAndErrorCode: Edit = (spec) => {
  const schema = responseSchema(spec, /^2/);
  const catalog = spec['x-error-catalog'];
  if (!schema || !catalog) return false;
  schema.properties.added_by_test = { type: 'string', description: 'A new optional property.' };
  const [status] = Object.keys(catalog.profile.schemas);
  const operationId = operationsOf(spec)[0]?.id;
  if (!status || !operationId) return false;
  catalog.codes.added_by_test = { status: status as `${number}`, operations: [operationId], meaning: 'A new documented error code.' };
  return true;
};

/** Raise info.version by one part, or lower it by one step. */
export function bumpVersion(part: 'major' | 'minor' | 'patch' | 'lower'): Edit {
  const edit: Edit = (spec) => {
    const [major, minor, patch] = String(spec.info.version).split(/[.+-]/).map(Number) as [number, number, number];
    const next = {
      major: `${major + 1}.0.0`,
      minor: `${major}.${minor + 1}.0`,
      patch: `${major}.${minor}.${patch + 1}`,
      lower: major > 0 ? `${major - 1}.${minor}.${patch}` : minor > 0 ? `0.${minor - 1}.${patch}` : patch > 0 ? `0.0.${patch - 1}` : undefined,
    }[part];
    if (!next) return false;
    spec.info.version = next;
    return true;
  };
  Object.defineProperty(edit, 'name', { value: `bumpVersion(${part})` });
  return edit;
}
