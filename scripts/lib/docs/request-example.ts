// One concrete request per operation, assembled from the contract's own
// examples, which both code samples (curl and TypeScript) then spell out.
import { deref, namedExamples, type BundledSpec, type Json, type Operation } from '../spec.ts';

export interface RequestExample {
  method: string;
  /** The path template, e.g. `/bookings/{id}/`. */
  path: string;
  /** Example values of path, query and header parameters, by name. */
  params: { path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, unknown> };
  /** The JSON request body, when the operation takes one. */
  body?: { contentType: string; value: unknown };
  auth?: Auth;
}

/** How the operation wants the key sent, from its security requirement. */
export type Auth = { kind: 'bearer' } | { kind: 'basic' } | { kind: 'header'; name: string } | { kind: 'query'; name: string };

export function requestExample(spec: BundledSpec, operation: Operation): RequestExample {
  const params: RequestExample['params'] = { path: {}, query: {}, header: {} };
  for (const parameter of operation.parameters) {
    if (!(parameter.in in params)) continue;
    const value = parameterExample(spec, parameter);
    if (value !== undefined) params[parameter.in as keyof typeof params][parameter.name] = value;
  }
  return { method: operation.method.toUpperCase(), path: operation.path, params, body: bodyExample(spec, operation), auth: authOf(spec, operation) };
}

/** Documented examples only; a required parameter without one gets a placeholder of its type. */
function parameterExample(spec: BundledSpec, parameter: Json): unknown {
  const schema = deref(spec, parameter.schema ?? {});
  const named = Object.values(parameter.examples ?? {}).map((example) => deref(spec, example).value);
  const documented = [parameter.example, ...named, schema.example, ...(schema.examples ?? [])].find((value) => value !== undefined);
  if (documented !== undefined || !parameter.required) return documented;
  return schema.default ?? schema.enum?.[0] ?? (schema.type === 'integer' || schema.type === 'number' ? 1 : parameter.name);
}

function bodyExample(spec: BundledSpec, operation: Operation): RequestExample['body'] {
  const requestBody = operation.operation.requestBody ? deref(spec, operation.operation.requestBody) : undefined;
  const content: Record<string, Json> = requestBody?.content ?? {};
  const contentType = Object.keys(content).find((type) => /json/i.test(type)) ?? Object.keys(content)[0];
  if (!contentType) return undefined;
  const mediaType = content[contentType]!;
  const value = namedExamples(spec, mediaType)[0]?.value ?? mediaType.example ?? deref(spec, mediaType.schema ?? {}).example ?? {};
  return { contentType, value };
}

function authOf(spec: BundledSpec, operation: Operation): Auth | undefined {
  const requirements: Json[] = operation.operation.security ?? spec.security ?? [];
  const schemes: Json = spec.components?.securitySchemes ?? {};
  for (const requirement of requirements) {
    for (const name of Object.keys(requirement)) {
      const scheme = schemes[name] ? deref(spec, schemes[name]) : undefined;
      if (scheme?.type === 'http' && /^bearer$/i.test(scheme.scheme)) return { kind: 'bearer' };
      if (scheme?.type === 'http' && /^basic$/i.test(scheme.scheme)) return { kind: 'basic' };
      if (scheme?.type === 'oauth2' || scheme?.type === 'openIdConnect') return { kind: 'bearer' };
      if (scheme?.type === 'apiKey' && (scheme.in === 'header' || scheme.in === 'query')) return { kind: scheme.in, name: scheme.name };
    }
  }
  return undefined;
}
