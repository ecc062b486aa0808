// The "Error codes" section of a reference page, generated from the API's
// `x-error-catalog` so that the guide's error table is written only once: in
// the catalog. Each row shows the body a client will see, taken from the
// contract's own examples.
import { codeValue, occursIn, type ErrorCatalog, type ErrorCatalogEntry } from '../catalog.ts';
import { listOperations, namedExamples, responsesOf, type BundledSpec, type Operation } from '../spec.ts';
import { cell, code, table } from './markdown.ts';

/** Put this line in an API's description to place the generated table there instead of at the end. */
export const ERROR_TABLE_MARKER = '<!-- x-error-catalog -->';

export const ERROR_TABLE_HEADER = ['Code', 'Status', 'Where it occurs', 'Meaning', 'Example body'];

export interface ErrorRow {
  code: string;
  status: string;
  /** Operations where the error can occur; empty when it can occur in every operation. */
  operations: Operation[];
  meaning: string;
  example: unknown;
}

export function errorRows(spec: BundledSpec, catalog: ErrorCatalog): ErrorRow[] {
  const operations = listOperations(spec);
  return Object.entries(catalog.codes).map(([code, entry]) => {
    const where = entry.operations === 'all' ? [] : entry.operations.map((id) => findOperation(operations, id, code));
    const candidates = operations.filter((operation) => occursIn(entry, operation.operationId));
    return { code, status: entry.status, operations: where, meaning: entry.meaning, example: exampleBody(spec, catalog, code, entry, candidates) };
  });
}

export function errorTableMarkdown(rows: ErrorRow[]): string {
  return table(
    ERROR_TABLE_HEADER,
    rows.map((row) => [code(row.code), row.status, whereText(row.operations), cell(row.meaning), code(oneLineJson(row.example))]),
  );
}

/** The description with the error section placed at the marker, or appended as its own section. */
export function withErrorSection(description: string, catalog: ErrorCatalog, rows: ErrorRow[]): string {
  const intro =
    `Every documented error below is identified by the \`${catalog.codeField}\` property of the error body. ` +
    'Match on the value shown in the example body; any other value is not part of the contract.';
  const body = `${intro}\n\n${errorTableMarkdown(rows)}`;
  if (description.includes(ERROR_TABLE_MARKER)) return description.replace(ERROR_TABLE_MARKER, body);
  return `${description.trimEnd()}\n\n## Error codes\n\n${body}\n`;
}

function findOperation(operations: Operation[], id: string, code: string): Operation {
  const operation = operations.find((candidate) => candidate.operationId === id);
  if (!operation) throw new Error(`x-error-catalog: code "${code}" names operation "${id}", which the spec does not have`);
  return operation;
}

function whereText(operations: Operation[]): string {
  if (operations.length === 0) return 'Every operation';
  return operations.map((op) => cell(op.operation.summary ?? op.operationId)).join(', ');
}

/** `{ "detail": "not_found" }`: spaced, so a narrow column can wrap it between tokens. */
function oneLineJson(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
}

/**
 * The catalog names each error's example after its code; failing that, any
 * example under the status whose code field holds the error's value; failing
 * that, the smallest body that carries it.
 */
function exampleBody(spec: BundledSpec, catalog: ErrorCatalog, code: string, entry: ErrorCatalogEntry, operations: Operation[]): unknown {
  const examples = operations.flatMap((operation) => {
    const response = responsesOf(spec, operation)[entry.status];
    return Object.values(response?.content ?? {}).flatMap((mediaType) => namedExamples(spec, mediaType as object));
  });
  const value = codeValue(code, entry);
  const carriesValue = (example: { value: unknown }) => (example.value as Record<string, unknown> | null)?.[catalog.codeField] === value;
  const found = examples.find((example) => example.name === code && carriesValue(example)) ?? examples.find(carriesValue);
  return found ? found.value : { [catalog.codeField]: value };
}
