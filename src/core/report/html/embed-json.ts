// Serialises data for a `<script type="application/json">` block. `<` becomes \u003c so campaign
// text such as `</script>` or `<!--` cannot close or confuse the block; JSON.parse reads it back.

export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
