// Maps a place in a bundled spec (a JSON path) back to the hand-written file
// and line it came from, so lint annotations land where an author edits.
// Follows the root file's external `$ref`s (one file per path) and, for
// bundled components, the components/<kind>/<Name>.yaml convention of
// openapi/README.md. Returns undefined when the place cannot be traced.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { toPath } from '../../model/pointer.js';

export interface SourceLocation {
  file: string;
  /** Zero-based, as Spectral's ranges are. */
  line: number;
  character: number;
}

interface Parsed {
  root: Node | null;
  lines: LineCounter;
}

export function createSourceLocator(rootFile: string): (path: (string | number)[]) => SourceLocation | undefined {
  const files = new Map<string, Parsed | null>();
  const parsed = (file: string): Parsed | null => {
    if (!files.has(file)) {
      try {
        const lines = new LineCounter();
        files.set(file, { root: parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines }).contents as Node | null, lines });
      } catch {
        files.set(file, null);
      }
    }
    return files.get(file)!;
  };
  const at = (file: string, node: Node): SourceLocation | undefined => {
    const offset = node.range?.[0];
    const doc = parsed(file);
    if (offset === undefined || !doc) return undefined;
    const { line, col } = doc.lines.linePos(offset);
    return { file, line: line - 1, character: col - 1 };
  };

  /** Walk `path` from `node` in `file`, hopping through external $refs; the deepest place reached. */
  function walk(file: string, node: Node | null, path: (string | number)[]): SourceLocation | undefined {
    let best = node ? at(file, node) : undefined;
    let current = node;
    for (let index = 0; index < path.length && current; index++) {
      const ref = isMap(current) ? current.get('$ref') : undefined;
      if (typeof ref === 'string' && !ref.startsWith('#')) {
        const [target, fragment = ''] = ref.split('#');
        const next = resolve(dirname(file), target!);
        const doc = parsed(next);
        if (!doc) return best;
        const inner = fragment ? (doc.root && isMap(doc.root) ? (doc.root.getIn(toPath(fragment), true) as Node) : null) : doc.root;
        return walk(next, inner, path.slice(index)) ?? best;
      }
      const key = path[index]!;
      if (isMap(current)) {
        // Point at the key, where the author reads the name, rather than at its value.
        const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        best = at(file, pair.key as Node) ?? best;
        current = (pair.value as Node | null) ?? null;
      } else if (isSeq(current)) {
        const item = current.get(Number(key), true) as Node | undefined;
        if (!item) break;
        best = at(file, item) ?? best;
        current = item;
      } else {
        break;
      }
    }
    return best;
  }

  return (path) => {
    const [first, kind, name, ...rest] = path.map(String);
    if (first === 'components' && kind && name) {
      const file = resolve(dirname(rootFile), 'components', kind, `${name}.yaml`);
      const doc = parsed(file);
      if (doc) return walk(file, doc.root, rest);
    }
    const doc = parsed(rootFile);
    return doc ? walk(rootFile, doc.root, path) : undefined;
  };
}

/**
 * The line of the place a pointer names in one hand-written file, and the
 * `$ref` written there if any: for messages about a problem a tool found at
 * that pointer. Undefined when the file cannot be read or the place is not there.
 */
export function lineOf(file: string, pointer: string): (SourceLocation & { ref?: string }) | undefined {
  let root: Node | null;
  const lines = new LineCounter();
  try {
    root = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines }).contents as Node | null;
  } catch {
    return undefined;
  }
  const node = toPath(pointer).length === 0 ? root : isMap(root) ? (root.getIn(toPath(pointer), true) as Node | undefined) : undefined;
  const offset = node?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lines.linePos(offset);
  const ref = isMap(node) ? node.get('$ref') : undefined;
  return { file, line: line - 1, character: col - 1, ...(typeof ref === 'string' ? { ref } : {}) };
}
