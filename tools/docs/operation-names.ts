// How the pages name and anchor an operation, shared so that links from the
// error reference and the changelog land on the reference's sections.
import type { Operation } from '../../model/spec.js';

/** `op-getBooking`: the operation's section on the reference page. */
export function operationAnchor(operation: Pick<Operation, 'id'>): string {
  return `op-${operation.id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The operation's summary, or its id when it has none. */
export function operationName(operation: { id: string; node: { summary?: string } }): string {
  return operation.node.summary ?? operation.id;
}
