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
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === step);
      if (!pair) break;
      const key = pair.key as Node;
      keyOffset = key.range?.[0];
      node = (pair.value as Node | null) ?? key;
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
