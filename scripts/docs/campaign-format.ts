// docs/campaign-format.md, made from the schema's titles, descriptions and rules, so the page
// and the checks editors and `lessons validate` apply can never disagree.
import { cell, code, generatedFrom, table } from './markdown.js';

type Node = {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  required?: string[];
  properties?: Record<string, Node>;
  patternProperties?: Record<string, Node>;
  items?: Node;
  allOf?: { if?: Node; then?: Node; else?: Node }[];
  $defs?: Record<string, Node>;
};

export function renderCampaignFormat(jsonSchema: object): string {
  const schema = jsonSchema as Node;
  const defs = schema.$defs ?? {};
  const defOf = (node: Node): [string, Node] | undefined => {
    const name = node.$ref?.split('/').pop();
    return name && defs[name] ? [name, defs[name]] : undefined;
  };
  const resolve = (node: Node): Node => ({ ...(defOf(node)?.[1] ?? {}), ...withoutRef(node) });
  const lines = [
    '# The campaign format',
    '',
    generatedFrom('schemas/campaign.schema.json'),
    '',
    schema.description ?? '',
    '',
    'A campaign is a YAML file in the knowledge base (`lessons/` unless `lessons.config.yaml` names another folder), named after its id: `<id>.yaml` or `<id>.yml`. Keys are snake_case. Editors check the file against the schema as you type when it starts with the modeline `lessons new` writes (`# yaml-language-server: $schema=…`); `lessons validate` checks the same rules, and those that need the whole knowledge base.',
    '',
  ];
  // Objects in lists get a section of their own, once per shared definition (a conclusion).
  const sections: { name: string; node: Node }[] = [];
  const sectionFor = (name: string, node: Node, shared?: string): string => {
    const known = sections.find((section) =>
      shared ? section.node === defs[shared] : section.name === name,
    );
    if (known) return known.name;
    sections.push({ name, node: shared ? defs[shared]! : node });
    return name;
  };
  const kind = (raw: Node, node: Node, name: string): string => {
    if (node.enum) return `One of ${node.enum.map((v) => code(String(v))).join(', ')}.`;
    if (node.type === 'array' && node.items) {
      const item = resolve(node.items);
      const least = node.minItems ? `, at least ${node.minItems}` : '';
      if (item.properties) {
        const section = sectionFor(`${name}[]`, item, defOf(node.items)?.[0]);
        return `A list of ${plural(item.title ?? name.split('.').pop()!)}${least}: see [${code(section)}](#${anchor(section)}).`;
      }
      const what = node.items.$ref
        ? `[${plural(item.title!)}](#kinds-of-values)`
        : plural(item.title ?? 'value');
      return `A list of ${what}${least}${constraintText(withoutRef(node.items))}.`;
    }
    if (node.properties) return `See [${code(sectionFor(name, node))}](#${anchor(name)}).`;
    const def = defOf(raw)?.[1];
    if (def)
      return `${article(def.title!)} [${lowerFirst(def.title!)}](#kinds-of-values)${constraintText(withoutRef(raw))}.`;
    const what = node.type === 'integer' ? 'A whole number' : node.type === 'number' ? 'A number' : 'Text';
    return `${what}${constraintText(node)}.`;
  };
  const rows = (node: Node, prefix: string): string[][] =>
    Object.entries(node.properties ?? {}).map(([key, raw]) => {
      const child = resolve(raw);
      const name = `${prefix}${key}`;
      const parts = [child.description ?? child.title ?? '', kind(raw, child, name)];
      if (child.default !== undefined) parts.push(`Default: ${code(String(child.default))}.`);
      if (child.examples?.[0] !== undefined) parts.push(`Example: ${code(inline(child.examples[0]))}.`);
      return [code(name), node.required?.includes(key) ? 'yes' : 'no', cell(parts.join(' '))];
    });
  lines.push('## Fields', '', ...table(['key', 'required', 'what it holds'], rows(schema, '')), '');
  for (let i = 0; i < sections.length; i++) {
    const { name, node } = sections[i]!;
    lines.push(`### ${code(name)}`, '', node.description ?? '', '');
    lines.push(...table(['key', 'required', 'what it holds'], rows(node, `${name}.`)), '');
  }
  lines.push('## Rules between fields', '');
  for (const rule of schema.allOf ?? []) lines.push(...conditionText(rule));
  if (schema.patternProperties?.['^x-']) {
    lines.push(
      `- A key that starts with \`x-\`, at any level, is your organisation's own: it is kept as it is and not checked. Any other key the format does not name is an error.`,
    );
  }
  lines.push('', '## Kinds of values', '');
  for (const def of Object.values(defs)) {
    if (def.properties) continue;
    const rules = constraints(def);
    lines.push(`- **${def.title}**: ${def.description ?? ''}${rules.length ? ` (${rules.join('; ')})` : ''}`);
  }
  lines.push('');
  return lines.join('\n');
}

function withoutRef(node: Node): Node {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

function constraintText(node: Node): string {
  const rules = constraints(node);
  return rules.length ? `, ${rules.join(', ')}` : '';
}

function plural(title: string): string {
  const word = lowerFirst(title);
  return word.endsWith('s') ? word : `${word}s`;
}

/** `slug`, `GitHub handle`: the first letter lowered unless the word is a name. */
function lowerFirst(title: string): string {
  return /^[A-Z][a-z]*( |$)/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

function article(title: string): string {
  return title === 'Text' ? 'A piece of' : 'A';
}

/** GitHub's heading anchor for a heading that is one code span. */
function anchor(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9_ -]/g, '');
}

function constraints(node: Node): string[] {
  const out: string[] = [];
  if (node.minimum !== undefined) out.push(`at least ${node.minimum}`);
  if (node.maximum !== undefined) out.push(`at most ${node.maximum}`);
  if (node.maxLength !== undefined) out.push(`at most ${node.maxLength} characters`);
  if (node.pattern && node.pattern !== '\\S') out.push(`matching ${code(node.pattern)}`);
  if (node.minLength) out.push('not empty');
  return out;
}

/** `if mode is continuous then … else …`, as sentences. */
function conditionText(rule: { if?: Node; then?: Node; else?: Node }): string[] {
  const condition = Object.entries(rule.if?.properties ?? {})
    .map(([key, value]) => `\`${key}\` is \`${String(value.const)}\``)
    .join(' and ');
  const effect = (node: Node | undefined): string[] => [
    ...(node?.required ?? []).map((key) => `\`${key}\` is required`),
    ...Object.entries(node?.properties ?? {})
      .filter(([, value]) => (value as unknown) === false)
      .map(([key]) => `\`${key}\` is not allowed`),
  ];
  const lines: string[] = [];
  if (effect(rule.then).length) lines.push(`- When ${condition}: ${effect(rule.then).join(', ')}.`);
  if (effect(rule.else).length) lines.push(`- Otherwise: ${effect(rule.else).join(', ')}.`);
  return lines;
}

function inline(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${inline(v)}`)
      .join(', ')} }`;
  }
  return String(value);
}
