// The "Error codes" section of a reference page, generated from the API's
// `x-error-catalog` so that the guide's error table is written only once: in
// the catalog. Each row shows the body a client will see, taken from the
// contract's own examples.
import { bodyWithCode, codeIn, codeValue, occursIn, type Catalog, type CatalogEntry } from '../../model/catalog.js';
import { mediaTypesOf, namedExamplesOf, operationsOf, type Operation, type Spec } from '../../model/spec.js';
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

export function errorRows(spec: Spec, catalog: Catalog): ErrorRow[] {
  const operations = operationsOf(spec);
  return Object.entries(catalog.codes).map(([code, entry]) => {
    const candidates = operations.filter((operation) => occursIn(catalog, code, operation));
    // `all` reads as "every operation", unless public operations are left out of it.
    const where = entry.operations === 'all' && candidates.length === operations.length ? [] : entry.operations === 'all' ? candidates : entry.operations.map((id) => findOperation(operations, id, code));
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
export function withErrorSection(description: string, catalog: Catalog, rows: ErrorRow[]): string {
  const intro =
    `Every documented error below is identified by the \`${catalog.codeField}\` property of the error body. ` +
    'Match on the value shown in the example body; any other value is not part of the contract.';
  const body = `${intro}\n\n${errorTableMarkdown(rows)}`;
  if (description.includes(ERROR_TABLE_MARKER)) return description.replace(ERROR_TABLE_MARKER, body);
  return `${description.trimEnd()}\n\n## Error codes\n\n${body}\n`;
}

function findOperation(operations: Operation[], id: string, code: string): Operation {
  const operation = operations.find((candidate) => candidate.id === id);
  if (!operation) throw new Error(`x-error-catalog: code "${code}" names operation "${id}", which the spec does not have`);
  return operation;
}

function whereText(operations: Operation[]): string {
  if (operations.length === 0) return 'Every operation';
  return operations.map((op) => cell(op.node.summary ?? op.id)).join(', ');
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
function exampleBody(spec: Spec, catalog: Catalog, code: string, entry: CatalogEntry, operations: Operation[]): unknown {
  const examples = operations.flatMap((operation) => mediaTypesOf(operation.responses.get(entry.status)).flatMap((mediaType) => namedExamplesOf(spec, mediaType)));
  const value = codeValue(code, entry);
  const carriesValue = (example: { value: unknown }) => codeIn(catalog, example.value) === value;
  const found = examples.find((example) => example.name === code && carriesValue(example)) ?? examples.find(carriesValue);
  return found ? found.value : bodyWithCode(catalog, value);
}
