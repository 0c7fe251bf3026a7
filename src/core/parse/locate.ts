// Finds where a JSON path (['learning_goals', 0, 'id']) stands in the YAML source, so every
// problem can name its line. A path that does not exist resolves to its nearest ancestor; a
// mapping resolves to its first key, the spot DESIGN §1 names for "a key is missing here".
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { NodePath } from '../types.js';

export function locateOffset(doc: Document.Parsed, path: NodePath, at: 'key' | 'value' = 'value'): number {
  let node = doc.contents as Node | null;
  let keyOffset: number | undefined;
  let found = 0;
  for (const step of path) {
    if (!node) break;
    if (isMap(node) && typeof step === 'string') {
      const pair = node.items.find((p) => isPair(p) && keyName(p.key) === step);
      if (!pair) break;
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      keyOffset = key?.range?.[0] ?? value?.range?.[0];
      node = value ?? key;
      found++;
      continue;
    }
    if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) break;
      keyOffset = undefined;
      node = item;
      found++;
      continue;
    }
    break;
  }
  if (!node) return 0;
  if (at === 'key' && found === path.length && keyOffset !== undefined) return keyOffset;
  if (isMap(node) && node.items.length > 0) {
    const first = node.items[0]?.key as Node | null | undefined;
    if (first?.range) return first.range[0];
  }
  return node.range?.[0] ?? 0;
}

interface ShallowEntry {
  key: number;
  value: number;
  items?: number[];
}

/**
 * Positions of the top-level keys and their list items: enough for the warnings and the
 * cross-file rules, and far smaller than keeping every parsed document alive.
 */
export interface ShallowIndex {
  root: number;
  keys: Map<string, ShallowEntry>;
}

export function shallowIndex(doc: Document.Parsed): ShallowIndex {
  const keys = new Map<string, ShallowEntry>();
  const contents = doc.contents as Node | null;
  if (isMap(contents)) {
    for (const pair of contents.items) {
      const name = isPair(pair) ? keyName(pair.key) : undefined;
      if (name === undefined) continue;
      const key = pair.key as Node | null;
      const value = (pair.value as Node | null) ?? key;
      const entry: ShallowEntry = { key: startOf(key ?? value), value: startOf(value) };
      if (isSeq(value)) entry.items = value.items.map((item) => startOf(item as Node));
      keys.set(name, entry);
    }
  }
  return { root: contents ? startOf(contents) : 0, keys };
}

/** The offset from the shallow index, or undefined when the path goes deeper than it knows. */
export function locateShallow(index: ShallowIndex, path: NodePath, at: 'key' | 'value'): number | undefined {
  if (path.length === 0) return index.root;
  const entry = typeof path[0] === 'string' ? index.keys.get(path[0]) : undefined;
  if (!entry) return path.length === 1 ? index.root : undefined;
  if (path.length === 1) return at === 'key' ? entry.key : entry.value;
  if (path.length === 2 && typeof path[1] === 'number' && entry.items) return entry.items[path[1]];
  return undefined;
}

/**
 * A key's name as the data has it (to-data.ts): `~:`, `null:` and a missing key are the empty
 * name, not "null"; a list or mapping as key has none.
 */
function keyName(key: unknown): string | undefined {
  if (key == null) return '';
  if (!isScalar(key)) return undefined;
  return key.value == null ? '' : String(key.value);
}

function startOf(node: Node | null | undefined): number {
  if (!node) return 0;
  if (isMap(node) && node.items.length > 0) {
    const first = node.items[0]?.key as Node | null | undefined;
    if (first?.range) return first.range[0];
  }
  return node.range?.[0] ?? 0;
}
