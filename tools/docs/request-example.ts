// One concrete request per operation, assembled from the contract's own
// examples, which both code samples (curl and TypeScript) then spell out.
import { deref, jsonMediaType, keyPlacement, mediaTypesOf, namedExamplesOf, parameterExample as documentedExample, type Json, type KeyPlacement, type Operation, type Spec } from '../../model/spec.js';

export interface RequestExample {
  method: string;
  /** The path template, e.g. `/bookings/{id}/`. */
  path: string;
  /** Example values of path, query and header parameters, by name. */
  params: { path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, unknown> };
  /** The JSON request body, when the operation takes one. */
  body?: { contentType: string; value: unknown };
  /** How the key is sent; absent for a public operation. */
  auth?: KeyPlacement;
}

export function requestExample(spec: Spec, operation: Operation): RequestExample {
  const params: RequestExample['params'] = { path: {}, query: {}, header: {} };
  for (const parameter of operation.parameters) {
    if (!(parameter.in in params)) continue;
    const value = parameterExample(spec, parameter);
    if (value !== undefined) params[parameter.in as keyof typeof params][parameter.name] = value;
  }
  return { method: operation.method.toUpperCase(), path: operation.path, params, body: bodyExample(spec, operation), auth: keyPlacement(spec, operation) };
}

/** Documented examples only; a required parameter without one gets a placeholder of its type. */
function parameterExample(spec: Spec, parameter: Json): unknown {
  const documented = documentedExample(spec, parameter, { useDefault: false });
  if (documented !== undefined || !parameter.required) return documented;
  const schema = deref(spec, parameter.schema ?? {});
  return schema.default ?? schema.enum?.[0] ?? (schema.type === 'integer' || schema.type === 'number' ? 1 : parameter.name);
}

function bodyExample(spec: Spec, operation: Operation): RequestExample['body'] {
  const mediaType = jsonMediaType(operation.requestBody) ?? mediaTypesOf(operation.requestBody)[0];
  if (!mediaType) return undefined;
  const value = namedExamplesOf(spec, mediaType)[0]?.value ?? mediaType.node.example ?? deref(spec, mediaType.node.schema ?? {}).example ?? {};
  return { contentType: mediaType.type, value };
}
