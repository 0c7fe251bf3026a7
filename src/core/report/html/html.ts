// A tagged template for HTML that escapes every interpolated value unless it is already HTML, so
// campaign text can only ever become text on the page — never markup or script.

/** Markup that is already safe: built by `html` or, for fixed strings of ours, by `trustedHtml`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/**
 * @example
 * html`<p title="${finding}">${finding}</p>` // both places escaped
 * html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` // nested html stays markup
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  const parts = compact(strings);
  let out = parts[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (parts[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

// The templates are indented for people reading the source; the page does not need that
// indentation. Only our own markup is compacted (a line break stays, so no words join), never a
// value: campaign text keeps every space.
const compacted = new WeakMap<TemplateStringsArray, string[]>();
function compact(strings: TemplateStringsArray): string[] {
  let parts = compacted.get(strings);
  if (!parts) {
    parts = strings.map((part) => part.replace(/\n[ \t]+/g, '\n'));
    compacted.set(strings, parts);
  }
  return parts;
}

/** Marks a fixed string of our own (CSS, our script) as markup. Never pass campaign text. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // `false` and nothing render as nothing, so `${condition && html`…`}` reads naturally.
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}
