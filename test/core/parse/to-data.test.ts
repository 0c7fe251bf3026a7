// From a YAML document to plain data: standard tags only, bounded alias expansion and depth,
// and keys such as __proto__ kept as ordinary properties.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_NODES, toData, UnsafeYaml } from '../../../src/core/parse/to-data.js';

const doc = (text: string) => parseDocument(text, { version: '1.2', schema: 'core' });

function unsafe(text: string): UnsafeYaml {
  try {
    toData(doc(text));
  } catch (e) {
    if (e instanceof UnsafeYaml) return e;
    throw e;
  }
  throw new Error('expected an UnsafeYaml');
}

describe('toData', () => {
  it('reads the YAML 1.2 core schema: dates and yes/no stay text', () => {
    expect(
      toData(doc('id: 2010-03-01\na: no\nb: yes\nc: on\nd: 12\ne: 1.5\nf: true\ng: ~\nh: "12"')),
    ).toEqual({
      id: '2010-03-01',
      a: 'no',
      b: 'yes',
      c: 'on',
      d: 12,
      e: 1.5,
      f: true,
      g: null,
      h: '12',
    });
  });

  it('accepts the standard tags', () => {
    expect(
      toData(doc('a: !!str 12\nb: !!int "7"\nc: !!seq [x]\nd: !!map {k: v}\ne: !!null ""\nf: !!bool true')),
    ).toEqual({
      a: '12',
      b: 7,
      c: ['x'],
      d: { k: 'v' },
      e: null,
      f: true,
    });
  });

  it('refuses any other tag, on a scalar or a collection, and names it as written', () => {
    const text = 'a: 1\nb: !foo {x: 1}\n';
    const e = unsafe(text);
    expect(e.rule).toBe('unsafe-yaml');
    expect(e.offset).toBe(text.indexOf('{'));
    expect(e.message).toContain('!foo');
    expect(unsafe('a: !<tag:example.com,2000:app/x> 1').message).toContain('tag:example.com,2000:app/x');
  });

  it('expands aliases within limits, as copies', () => {
    const data = toData(doc('a: &x [1, {k: v}]\nb: *x\n')) as { a: unknown[]; b: unknown[] };
    expect(data.b).toEqual([1, { k: 'v' }]);
    expect(data.b).not.toBe(data.a);
  });

  it('stops an alias bomb at the alias that expands it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 7; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(', ')}]`,
      );
    }
    const text = levels.join('\n');
    const e = unsafe(text);
    expect(e.rule).toBe('unsafe-yaml');
    expect(e.message).toMatch(/far too much data/);
    expect(text.slice(e.offset, e.offset + 2)).toMatch(/^\*[a-z]$/);
  });

  it('allows up to MAX_NODES nodes', () => {
    const items = Array(MAX_NODES - 2)
      .fill('1')
      .join(',');
    expect((toData(doc(`a: [${items}]`)) as { a: unknown[] }).a).toHaveLength(MAX_NODES - 2);
    expect(unsafe(`a: [${items},1,1]`).message).toMatch(/far too much data/);
  });

  it(`allows ${MAX_DEPTH} levels of nesting and refuses one more`, () => {
    // The root mapping is level 0, `a:`'s list level 1, and the innermost value one deeper.
    const nest = (n: number) => `a: ${'['.repeat(n)}1${']'.repeat(n)}`;
    expect(() => toData(doc(nest(MAX_DEPTH - 1)))).not.toThrow();
    const e = unsafe(nest(MAX_DEPTH));
    expect(e.message).toMatch(/nested more than 64 levels/);
    expect(e.offset).toBe(3 + MAX_DEPTH); // the innermost value
  });

  it('reports an alias inside its own anchor as a loop, at the alias', () => {
    const text = 'a: &x\n  b: [1, *x]\n';
    const e = unsafe(text);
    expect(e.rule).toBe('unsafe-yaml');
    expect(e.message).toMatch(/\*x is inside the value it points at/);
    expect(e.offset).toBe(text.indexOf('*x'));
  });

  it('reports an alias to no anchor as a syntax error', () => {
    const e = unsafe('a: *nowhere\n');
    expect(e.rule).toBe('yaml-syntax');
    expect(e.message).toContain('*nowhere');
  });

  it('refuses a list or mapping as a key, as a schema problem', () => {
    const e = unsafe('? [a, b]\n: 1\n');
    expect(e.rule).toBe('schema');
    expect(e.message).toMatch(/key must be a plain word/);
    expect(unsafe('a:\n  - b: 1\n    ? [c]\n    : 2\n').message).toMatch(/ \(at \/a\/0\)$/);
  });

  it('keeps __proto__, constructor and prototype as own properties, never as prototypes', () => {
    const data = toData(
      doc(
        '__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\nnested: { __proto__: [1] }',
      ),
    ) as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'nested']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(Object.getOwnPropertyDescriptor(data.nested, '__proto__')?.value).toEqual([1]);
    expect(Object.getPrototypeOf(data.nested)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.parse(JSON.stringify(data)).constructor).toEqual({ prototype: { polluted: 'yes' } });
  });

  it('turns keys into text and an empty document into null', () => {
    expect(toData(doc('1: a\ntrue: b\n~: c\n'))).toEqual({ '1': 'a', true: 'b', '': 'c' });
    expect(toData(doc(''))).toBeNull();
  });
});
