// Merges what editors need into .vscode/settings.json and .vscode/extensions.json. Both are
// JSON with comments (JSONC), edited in place with jsonc-parser, so comments, order and layout
// stay; a file that cannot be read is left alone and reported, never rewritten.
import {
  applyEdits,
  modify,
  parse,
  printParseErrorCode,
  type FormattingOptions,
  type ParseError,
} from 'jsonc-parser';

export type MergeResult =
  | { action: 'create' | 'update'; content: string }
  | { action: 'unchanged' }
  | { action: 'failed'; why: string };

/** Maps the campaign files to the schema for the YAML extension (`yaml.schemas`). */
export function mergeYamlSchemas(
  existing: string | null,
  schema: string,
  globs: readonly string[],
): MergeResult {
  if (existing === null) {
    return {
      action: 'create',
      content: JSON.stringify({ 'yaml.schemas': { [schema]: globs } }, null, 2) + '\n',
    };
  }
  const read = readObject(existing);
  if ('why' in read) return { action: 'failed', why: read.why };
  const schemas = read.value['yaml.schemas'];
  if (schemas !== undefined && !isObject(schemas)) {
    return { action: 'failed', why: '"yaml.schemas" is not an object of schema paths' };
  }
  const current = schemas?.[schema];
  const listed = typeof current === 'string' ? [current] : Array.isArray(current) ? current : [];
  const missing = globs.filter((glob) => !listed.includes(glob));
  if (missing.length === 0) return { action: 'unchanged' };
  return edit(existing, ['yaml.schemas', schema], [...listed, ...missing]);
}

/** Recommends the YAML extension, so VS Code offers to install it. */
export function mergeRecommendations(existing: string | null, extension: string): MergeResult {
  if (existing === null) {
    return { action: 'create', content: JSON.stringify({ recommendations: [extension] }, null, 2) + '\n' };
  }
  const read = readObject(existing);
  if ('why' in read) return { action: 'failed', why: read.why };
  const recommendations = read.value.recommendations;
  if (recommendations !== undefined && !Array.isArray(recommendations)) {
    return { action: 'failed', why: '"recommendations" is not a list' };
  }
  if (recommendations?.includes(extension)) return { action: 'unchanged' };
  return edit(
    existing,
    ['recommendations', recommendations?.length ?? 0],
    extension,
    recommendations === undefined,
  );
}

function edit(text: string, path: (string | number)[], value: unknown, whole = false): MergeResult {
  const target = whole ? path.slice(0, -1) : path;
  const edits = modify(text, target, whole ? [value] : value, {
    formattingOptions: formattingOf(text),
    ...(typeof path.at(-1) === 'number' && !whole ? { isArrayInsertion: true } : {}),
  });
  const content = applyEdits(text, edits);
  return { action: 'update', content: content.endsWith('\n') ? content : `${content}\n` };
}

function readObject(text: string): { value: Record<string, unknown> } | { why: string } {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    const line = text.slice(0, first.offset).split('\n').length;
    return { why: `it is not valid JSON (line ${line}: ${describeError(printParseErrorCode(first.error))})` };
  }
  if (text.trim() === '') return { value: {} };
  if (!isObject(value)) return { why: 'it does not hold a JSON object' };
  return { value };
}

function describeError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The file's own indentation, so an added line looks like its neighbours. */
function formattingOf(text: string): FormattingOptions {
  const indented = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return indented.startsWith('\t')
    ? { insertSpaces: false, tabSize: 1, eol }
    : { insertSpaces: true, tabSize: indented.length, eol };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
