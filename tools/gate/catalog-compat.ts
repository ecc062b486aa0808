// The gate's check of `x-error-catalog`, which `redocly diff` skips (it ignores
// `x-` extensions): the documented error codes are what integrators branch on
// (and what the typed client's error-code types list), so a removed or renamed
// code, a code moved to another status, a changed code value, or a code that
// no longer occurs in an operation is breaking. New codes are `minor`.
import { existsSync, readFileSync } from 'node:fs';
import { codeValue, occursIn, type Catalog } from '../../model/catalog.js';
import { toPointer } from '../../model/pointer.js';
import { operationsOf, type Operation, type Spec } from '../../model/spec.js';
import { rel, type Finding, type Impact } from '../report/annotations.ts';
import type { Change } from './changes.ts';

interface CatalogChange {
  impact: Impact;
  rule: string;
  message: string;
  /** Which file shows the change, and the catalog key to point at in it. */
  side: 'base' | 'revision';
  key: string;
  kind: 'added' | 'removed' | 'modified';
  /** What changed, before and after (absent for an addition or a removal). */
  before?: unknown;
  after?: unknown;
}

/**
 * Breaking changes to the documented error codes. Operations removed
 * altogether are left to redocly diff's `operation-removed`.
 */
export function catalogChanges(baseSpec: Spec, revisionSpec: Spec): CatalogChange[] {
  // As written: the lint checks their shape, and an older baseline may predate today's catalog schema.
  const before = baseSpec['x-error-catalog'];
  const after = revisionSpec['x-error-catalog'];
  if (!before) return [];
  if (!after) return [{ impact: 'major', rule: 'error-catalog-removed', message: 'The x-error-catalog (every documented error code) was removed.', side: 'base', key: 'x-error-catalog', kind: 'removed', before: before }];
  const changes: CatalogChange[] = [];
  if (before.codeField !== after.codeField) {
    changes.push({ impact: 'major', rule: 'error-code-field-changed', message: `Error codes moved from \`${before.codeField}\` to \`${after.codeField}\`.`, side: 'revision', key: 'codeField', kind: 'modified', before: before.codeField, after: after.codeField });
  }
  // The same operation (by id) on each side: where a code occurs depends on the side's own security too.
  const baseOperations = new Map(operationsOf(baseSpec).map((operation) => [operation.id, operation]));
  const revisionOperations = new Map(operationsOf(revisionSpec).map((operation) => [operation.id, operation]));
  const occurs = (catalog: Catalog, code: string, operation: Operation | undefined) => operation !== undefined && occursIn(catalog, code, operation);
  for (const [code, entry] of Object.entries(before.codes ?? {})) {
    const next = after.codes?.[code];
    if (!next) {
      changes.push({ impact: 'major', rule: 'error-code-removed', message: `Documented error code \`${code}\` (${entry.status}) was removed.`, side: 'base', key: code, kind: 'removed', before: entry });
      continue;
    }
    if (next.status !== entry.status) {
      changes.push({ impact: 'major', rule: 'error-code-status-changed', message: `Error code \`${code}\` moved from status ${entry.status} to ${next.status}.`, side: 'revision', key: code, kind: 'modified', before: entry.status, after: next.status });
    }
    if (codeValue(code, next) !== codeValue(code, entry)) {
      changes.push({ impact: 'major', rule: 'error-code-value-changed', message: `Error code \`${code}\` is now sent as ${JSON.stringify(codeValue(code, next))}, was ${JSON.stringify(codeValue(code, entry))}.`, side: 'revision', key: code, kind: 'modified', before: codeValue(code, entry), after: codeValue(code, next) });
    }
    const lost = [...baseOperations.keys()].filter((id) => occurs(before, code, baseOperations.get(id)) && revisionOperations.has(id) && !occurs(after, code, revisionOperations.get(id)));
    if (lost.length > 0) {
      changes.push({ impact: 'major', rule: 'error-code-operations-removed', message: `Error code \`${code}\` no longer occurs in ${lost.join(', ')}.`, side: 'revision', key: code, kind: 'modified', before: entry.operations, after: next.operations });
    }
    const gained = [...revisionOperations.keys()].filter((id) => occurs(after, code, revisionOperations.get(id)) && baseOperations.has(id) && !occurs(before, code, baseOperations.get(id)));
    if (gained.length > 0) {
      changes.push({ impact: 'minor', rule: 'error-code-operations-added', message: `Error code \`${code}\` can now occur in ${gained.join(', ')}.`, side: 'revision', key: code, kind: 'modified', before: entry.operations, after: next.operations });
    }
  }
  for (const [code, entry] of Object.entries(after.codes ?? {})) {
    if (!before.codes?.[code]) changes.push({ impact: 'minor', rule: 'error-code-added', message: `New documented error code \`${code}\` (${entry.status}).`, side: 'revision', key: code, kind: 'added', after: entry });
  }
  return changes;
}

/** The catalog changes for readers, each with its finding for the gate, placed on the bundle that shows it. */
export function checkErrorCatalog(baseSpec: Spec, revisionSpec: Spec, basePath: string, revisionPath: string): Change[] {
  return catalogChanges(baseSpec, revisionSpec).map(({ side, key, rule, ...change }) => {
    const file = side === 'base' ? basePath : revisionPath;
    // The JSON path lets the gate point at the hand-written catalog instead (tools/report/annotations.ts).
    const path = key === 'x-error-catalog' ? ['x-error-catalog'] : key === 'codeField' ? ['x-error-catalog', 'codeField'] : ['x-error-catalog', 'codes', key];
    const source: Finding = { impact: change.impact, rule, message: change.message, file: rel(file), path, ...catalogKeyPosition(file, key) };
    return { ...change, path, source };
  });
}

/** Line and column of `"key"` inside the file's x-error-catalog. */
function catalogKeyPosition(file: string, key: string): { line?: number; col?: number } {
  if (!existsSync(file)) return {};
  const text = readFileSync(file, 'utf8');
  const catalogAt = text.indexOf('"x-error-catalog"');
  if (catalogAt < 0) return {};
  const at = key === 'x-error-catalog' ? catalogAt : text.indexOf(`"${key}"`, catalogAt);
  if (at < 0) return {};
  const before = text.slice(0, at);
  return { line: before.split('\n').length, col: at - before.lastIndexOf('\n') };
}
