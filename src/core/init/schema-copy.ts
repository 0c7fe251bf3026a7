// The copy of the campaign schema `lessons init` puts where editors find it. It says which
// version it came from, so `lessons init` can tell an old copy from a current one and
// `--upgrade` refreshes it; a file with another $id is someone else's and is never replaced.

export type SchemaState = 'same' | 'other-version' | 'not-ours';

export type JsonSchema = Record<string, unknown> & { $id?: string };

export function renderSchemaCopy(schema: JsonSchema, version: string): string {
  const { $schema, $id, ...rest } = schema;
  const copy = {
    $schema,
    $id,
    $comment: `Copied by \`lessons init\` from campaign-lessons ${version}; \`npx campaign-lessons init --upgrade\` refreshes it.`,
    ...rest,
  };
  return JSON.stringify(copy, null, 2) + '\n';
}

/** How an existing file compares with the schema this version ships. */
export function compareSchema(existing: string, schema: JsonSchema): SchemaState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(existing);
  } catch {
    return 'not-ours';
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as JsonSchema).$id !== schema.$id) {
    return 'not-ours';
  }
  return canonical(withoutComment(parsed as JsonSchema)) === canonical(withoutComment(schema))
    ? 'same'
    : 'other-version';
}

/** The version named in a copy's $comment, if any. */
export function copiedVersion(existing: string): string | undefined {
  return /from campaign-lessons (\S+?);/.exec(existing)?.[1];
}

function withoutComment(schema: JsonSchema): JsonSchema {
  const { $comment: _comment, ...rest } = schema;
  return rest;
}

/** JSON with sorted keys, so key order and layout do not count as a difference. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
