// Converts a parsed YAML document into plain data, refusing what a campaign file never needs:
// custom tags, alias expansion beyond a budget (alias bombs), deep nesting and non-text keys.
// `__proto__` and friends become ordinary own properties and never touch a prototype.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { pathToPointer, withPointer } from '../validate/schema-messages.js';

export const MAX_DEPTH = 64;
export const MAX_NODES = 100_000;

/** The YAML 1.2 core tags (`!!str` …): fine in a campaign file; any other tag is unsafe-yaml. */
export const STANDARD_TAGS: ReadonlySet<string> = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);

export class UnsafeYaml extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly rule: 'unsafe-yaml' | 'schema' | 'yaml-syntax' = 'unsafe-yaml',
  ) {
    super(message);
  }
}

export function toData(doc: Document.Parsed): unknown {
  let nodes = 0;
  // The collections being converted right now: an alias to one of them is a loop.
  const open = new Set<Node>();
  // The keys and indexes down to the node being converted: a schema problem names its pointer.
  const trail: (string | number)[] = [];
  // `via` is the outermost alias being expanded: where an alias bomb is shown.
  const convert = (node: Node | null | undefined, depth: number, via: Node | undefined): unknown => {
    if (node == null) return null;
    if (++nodes > MAX_NODES) {
      throw new UnsafeYaml(
        'This file expands to far too much data (many aliases pointing at aliases). Write the values out instead of using anchors.',
        (via ?? node).range?.[0] ?? 0,
      );
    }
    if (depth > MAX_DEPTH) {
      throw new UnsafeYaml(
        `This file is nested more than ${MAX_DEPTH} levels deep; a campaign needs only a few levels.`,
        node.range?.[0] ?? 0,
      );
    }
    if (node.tag !== undefined && !STANDARD_TAGS.has(node.tag)) {
      throw new UnsafeYaml(
        `The tag ${node.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed in a campaign file; remove it (only plain YAML values are read).`,
        node.range?.[0] ?? 0,
      );
    }
    if (isScalar(node)) return node.value;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target) {
        throw new UnsafeYaml(
          `The alias *${node.source} points at no anchor: define &${node.source} before it, or write the value out.`,
          node.range?.[0] ?? 0,
          'yaml-syntax',
        );
      }
      if (open.has(target)) {
        throw new UnsafeYaml(
          `The alias *${node.source} is inside the value it points at, so it would repeat forever. Write the value out instead.`,
          node.range?.[0] ?? 0,
        );
      }
      return convert(target, depth + 1, via ?? node);
    }
    if (isMap(node)) {
      open.add(node);
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (keyNode != null && !isScalar(keyNode)) {
          throw new UnsafeYaml(
            withPointer('A key must be a plain word, not a list or a mapping.', pathToPointer(trail)),
            keyNode.range?.[0] ?? 0,
            'schema',
          );
        }
        const key = String(keyNode?.value ?? '');
        trail.push(key);
        const value = convert(pair.value as Node | null, depth + 1, via);
        trail.pop();
        if (key === '__proto__' || key in Object.prototype) {
          Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
        } else {
          out[key] = value;
        }
      }
      open.delete(node);
      return out;
    }
    if (isSeq(node)) {
      open.add(node);
      const out = node.items.map((item, index) => {
        trail.push(index);
        const value = convert(item as Node | null, depth + 1, via);
        trail.pop();
        return value;
      });
      open.delete(node);
      return out;
    }
    return null;
  };
  return convert(doc.contents as Node | null, 0, undefined);
}
