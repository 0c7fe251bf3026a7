// Parses one campaign file: bytes → text → YAML document → plain data, then the schema and
// the single-file rules. Every problem carries a 1-based line and column; no input, however
// malformed or hostile, throws.
import { parseDocument, type Document } from 'yaml';
import type { NodePath, ParsedFile, Position, Problem, Severity } from '../types.js';
import { validateSchema } from '../validate/schema.js';
import { withPointer } from '../validate/schema-messages.js';
import { fileRuleProblems } from '../validate/rules.js';
import { decodeCampaignBytes } from './decode.js';
import { locateOffset, locateShallow, shallowIndex } from './locate.js';
import { positionFinder } from './positions.js';
import { STANDARD_TAGS, toData, UnsafeYaml } from './to-data.js';
import { tagMismatchMessage, yamlErrorMessage, yamlErrorOffset } from './yaml-messages.js';
import type { Campaign } from '../types.js';

const START: Position = { line: 1, column: 1 };
// After the first few syntax errors the rest are usually echoes of the same mistake.
const MAX_SYNTAX_ERRORS = 10;

/**
 * `size` is the size on disk when the content was not read because it is too large.
 * @example parseCampaignFile('lessons/2010-03-hyves.yaml', bytes).problems
 */
export function parseCampaignFile(file: string, content: Uint8Array | string, size?: number): ParsedFile {
  const problems: Problem[] = [];
  const add = (rule: string, severity: Severity, position: Position, message: string): void => {
    problems.push({ file, line: position.line, column: position.column, severity, rule, message });
  };
  const failed = (locate: ParsedFile['locate'] = () => START): ParsedFile => ({
    file,
    data: null,
    campaign: null,
    problems,
    locate,
  });

  const decoded = decodeCampaignBytes(content, size);
  if (!decoded.ok) {
    add(decoded.rule, 'error', positionFinder(decoded.text).at(decoded.offset), decoded.message);
    return failed();
  }
  const text = decoded.text;
  const positions = positionFinder(text);

  let doc: Document.Parsed;
  try {
    // resolveKnownTags off: !!binary, !!timestamp, !!set… are YAML 1.1 types a campaign never needs;
    // unresolved, they are reported together with every other tag instead of one at a time.
    doc = parseDocument(text, {
      uniqueKeys: true,
      prettyErrors: false,
      version: '1.2',
      schema: 'core',
      resolveKnownTags: false,
    });
  } catch {
    // The parser itself gave up (pathological nesting can exhaust its stack).
    add('unsafe-yaml', 'error', START, 'This file is too deeply nested or too complex to read safely.');
    return failed(() => START);
  }
  const locate = (path: NodePath, at: 'key' | 'value' = 'value'): Position =>
    positions.at(locateOffset(doc, path, at));

  if (doc.errors.some((e) => /call stack/i.test(e.message))) {
    // The YAML parser ran out of stack on pathological nesting and says so once per level. Where
    // it ran out depends on how deep the caller's stack already was, so the problem is put at
    // the start of that line's text: the same spot from the CLI, the Action or a test.
    const overflow = positions.at(doc.errors[0]?.pos[0] ?? 0);
    const lineText = text.split('\n', overflow.line)[overflow.line - 1] ?? '';
    const column = lineText.length - lineText.trimStart().length + 1;
    add(
      'unsafe-yaml',
      'error',
      { line: overflow.line, column },
      'This file is nested far too deeply to read safely; a campaign needs only a few levels.',
    );
    return failed(() => START);
  }
  let previous = 0;
  for (const error of doc.errors.slice(0, MAX_SYNTAX_ERRORS)) {
    const at = positions.at(yamlErrorOffset(error, text));
    // The parser often reports one slip several times on its line, in other words each time
    // (a stray quote, then the text after it): the first one is the one to fix.
    if (at.line === previous) continue;
    previous = at.line;
    if (error.code === 'MULTIPLE_DOCS') {
      add(
        'not-a-campaign',
        'error',
        at,
        'This file holds more than one YAML document (a second ---); keep one campaign per file.',
      );
    } else if (error.code === 'DUPLICATE_KEY') {
      add('duplicate-key', 'error', at, yamlErrorMessage(error, text));
    } else {
      add('yaml-syntax', 'error', at, yamlErrorMessage(error, text));
    }
  }
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const name = /tag: (\S+)/.exec(warning.message)?.[1] ?? 'tag';
      const tag = name.replace('tag:yaml.org,2002:', '!!');
      const at = positions.at(warning.pos[0]);
      if (STANDARD_TAGS.has(name)) {
        // A standard tag is fine; a value that does not fit it (`!!float 1`) is a mistake, not a risk.
        add('yaml-syntax', 'error', at, tagMismatchMessage(tag, text, warning.pos[1]));
      } else {
        add(
          'unsafe-yaml',
          'error',
          at,
          `The tag ${tag} is not allowed in a campaign file; remove it (only plain YAML values are read).`,
        );
      }
    }
  }
  if (problems.length > 0) return failed(locate);

  let data: unknown = null;
  try {
    if (doc.contents != null) data = toData(doc);
  } catch (e) {
    if (!(e instanceof UnsafeYaml)) throw e;
    add(e.rule, 'error', positions.at(e.offset), e.message);
    return failed(locate);
  }
  if (data === null) {
    // No content at all, only comments, or a lone `---`: YAML reads each as an empty value.
    add(
      'not-a-campaign',
      'error',
      START,
      'This file is empty (or holds only comments). A campaign file starts with id:, title:, status: … — run `lessons new` to start one.',
    );
    return failed(locate);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a list' : 'a single value';
    add(
      'not-a-campaign',
      'error',
      positions.at(doc.contents?.range?.[0] ?? 0),
      `This file holds ${what}, not a campaign. A campaign file is a mapping that starts with id:, title:, status: …`,
    );
    return failed(locate);
  }
  const record = data as Record<string, unknown>;

  for (const p of validateSchema(record)) {
    add('schema', 'error', locate(p.path, p.at), withPointer(p.message, p.pointer));
  }
  for (const p of fileRuleProblems(record, file)) add(p.rule, p.severity, locate(p.path, p.at), p.message);

  const valid = !problems.some((p) => p.severity === 'error');
  return {
    file,
    data: record,
    campaign: valid ? (record as unknown as Campaign) : null,
    problems,
    locate: lightLocate(text, doc),
  };
}

/**
 * A locate that does not keep the parsed document alive (a knowledge base of 10,000 files
 * would hold hundreds of megabytes of syntax nodes): top-level keys and list items come from
 * a small index, deeper paths re-parse the text on demand.
 */
function lightLocate(text: string, doc: Document.Parsed): ParsedFile['locate'] {
  const index = shallowIndex(doc);
  const positions = positionFinder(text);
  let reparsed: Document.Parsed | undefined;
  return (path, at = 'value') => {
    const shallow = locateShallow(index, path, at);
    if (shallow !== undefined) return positions.at(shallow);
    reparsed ??= parseDocument(text, { uniqueKeys: true, prettyErrors: false });
    return positions.at(locateOffset(reparsed, path, at));
  };
}
