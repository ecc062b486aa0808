// The code samples of an operation: a curl command and the same call through
// this project's typed client, both built from the operation's examples. The
// key always comes from an environment variable; samples never hold a real one.
import type { Json, Spec } from '../../model/spec.js';
import { apiKeyEnvVar, clientFactoryName } from './naming.ts';
import type { RequestExample } from './request-example.ts';

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

export interface SampleContext {
  /** Name of the API in redocly.yaml, e.g. `campone`. */
  apiName: string;
  /** info.title, which gives the client factory its casing. */
  title?: string;
  /** npm package that exports the client, e.g. `booking-contracts`. */
  packageName: string;
  serverUrl: string;
}

export function codeSamples(request: RequestExample, context: SampleContext): CodeSample[] {
  return [
    { lang: 'curl', label: 'curl', source: curlSample(request, context) },
    { lang: 'TypeScript', label: 'TypeScript', source: typescriptSample(request, context) },
  ];
}

/** The first server's URL with its variables at their defaults; samples need one concrete URL. */
export function serverUrlOf(spec: Spec): string {
  const server: Json | undefined = spec.servers?.[0];
  if (!server?.url) return 'http://localhost';
  return String(server.url).replace(/\{([^}]+)\}/g, (match, name: string) => server.variables?.[name]?.default ?? match);
}

export function curlSample(request: RequestExample, context: SampleContext): string {
  const envVar = apiKeyEnvVar(context.apiName);
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.params.query)) {
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, typeof item === 'object' ? JSON.stringify(item) : String(item));
  }
  let url = `${context.serverUrl}${fillPath(request)}${query.size > 0 ? `?${query}` : ''}`;
  // A key in the query string must expand in the shell, so that URL alone is double-quoted.
  if (request.auth?.kind === 'query') url = `"${url.replace(/["$`\\]/g, '\\$&')}${query.size > 0 ? '&' : '?'}${request.auth.name}=$${envVar}"`;
  else url = shellQuote(url);
  const lines = [request.method === 'GET' ? `curl ${url}` : `curl -X ${request.method} ${url}`];
  if (request.auth?.kind === 'bearer') lines.push(`-H "Authorization: Bearer $${envVar}"`);
  if (request.auth?.kind === 'basic') lines.push(`-u "$${envVar}:"`);
  if (request.auth?.kind === 'header') lines.push(`-H "${request.auth.name}: $${envVar}"`);
  for (const [name, value] of Object.entries(request.params.header)) lines.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (request.body) {
    lines.push(`-H ${shellQuote(`Content-Type: ${request.body.contentType}`)}`);
    const body = typeof request.body.value === 'string' ? request.body.value : JSON.stringify(request.body.value, null, 2);
    lines.push(`-d ${shellQuote(body)}`);
  }
  return lines.join(' \\\n  ');
}

export function typescriptSample(request: RequestExample, context: SampleContext): string {
  const factory = clientFactoryName(context.apiName, context.title);
  const init: Record<string, unknown> = {};
  const params = Object.fromEntries(Object.entries(request.params).filter(([, values]) => Object.keys(values).length > 0));
  if (Object.keys(params).length > 0) init.params = params;
  if (request.body) init.body = request.body.value;
  const args = [tsLiteral(request.path), ...(Object.keys(init).length > 0 ? [tsLiteral(init)] : [])].join(', ');
  return [
    `import { ${factory} } from '${context.packageName}/${context.apiName}';`,
    '',
    `const api = ${factory}({`,
    `  apiKey: process.env.${apiKeyEnvVar(context.apiName)}!,`,
    `  baseUrl: ${tsLiteral(context.serverUrl)},`,
    '});',
    '',
    `const { data, error } = await api.${request.method}(${args});`,
  ].join('\n');
}

function fillPath(request: RequestExample): string {
  return request.path.replace(/\{([^}]+)\}/g, (match, name: string) =>
    name in request.params.path ? encodeURIComponent(String(request.params.path[name])) : match,
  );
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A value as TypeScript source: single-quoted strings, bare keys where allowed, two-space indent. */
export function tsLiteral(value: unknown, indent = ''): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${tsLiteral(item, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : tsLiteral(name));
  return `{\n${entries.map(([name, item]) => `${inner}${key(name)}: ${tsLiteral(item, inner)},`).join('\n')}\n${indent}}`;
}
