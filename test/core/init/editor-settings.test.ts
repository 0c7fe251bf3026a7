// Merging into VS Code's JSON-with-comments files: what is there stays, line for line; what
// cannot be read is refused, never rewritten.
import { describe, expect, it } from 'vitest';
import { mergeRecommendations, mergeYamlSchemas } from '../../../src/core/init/editor-settings.js';
import { compareSchema, renderSchemaCopy } from '../../../src/core/init/schema-copy.js';

const SCHEMA = './lessons/campaign.schema.json';
const GLOBS = ['lessons/**/*.y*ml'];

describe('mergeYamlSchemas', () => {
  it('keeps comments, trailing commas and CRLF line ends', () => {
    const text = '{\r\n  // keep me\r\n  "files.eol": "\\n", /* and me */\r\n}\r\n';
    const result = mergeYamlSchemas(text, SCHEMA, GLOBS);
    expect(result.action).toBe('update');
    const content = (result as { content: string }).content;
    expect(content).toContain('  // keep me\r\n');
    expect(content).toContain('/* and me */');
    expect(content).toContain('"yaml.schemas": {\r\n');
    expect(content.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it.each([
    ['[1, 2]', 'it does not hold a JSON object'],
    ['{ "yaml.schemas": [] }', '"yaml.schemas" is not an object of schema paths'],
    ['{ "a": 1 "b": 2 }', 'it is not valid JSON (line 1: comma expected)'],
  ])('refuses %j: %s', (text, why) => {
    expect(mergeYamlSchemas(text, SCHEMA, GLOBS)).toEqual({ action: 'failed', why });
  });

  it('changes nothing when the mapping is there', () => {
    expect(
      mergeYamlSchemas(`{ "yaml.schemas": { "${SCHEMA}": "lessons/**/*.y*ml" } }`, SCHEMA, GLOBS),
    ).toEqual({
      action: 'unchanged',
    });
  });
});

describe('mergeRecommendations', () => {
  it('adds the extension to a list, and to a file without one', () => {
    const added = mergeRecommendations('{ "recommendations": ["a.b"] }', 'redhat.vscode-yaml');
    expect(JSON.parse((added as { content: string }).content).recommendations).toEqual([
      'a.b',
      'redhat.vscode-yaml',
    ]);
    const fresh = mergeRecommendations('{ "unwantedRecommendations": [] }', 'redhat.vscode-yaml');
    expect(JSON.parse((fresh as { content: string }).content)).toEqual({
      unwantedRecommendations: [],
      recommendations: ['redhat.vscode-yaml'],
    });
  });
});

describe('the schema copy', () => {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://x/c.json',
    title: 'C',
  };

  it('says where it came from, and counts as the same schema in any layout', () => {
    const copy = renderSchemaCopy(schema, '1.2.3');
    expect(JSON.parse(copy).$comment).toContain('campaign-lessons 1.2.3');
    expect(compareSchema(copy, schema)).toBe('same');
    expect(
      compareSchema(JSON.stringify({ title: 'C', $id: 'https://x/c.json', $schema: schema.$schema }), schema),
    ).toBe('same');
    expect(compareSchema(JSON.stringify({ ...schema, title: 'D' }), schema)).toBe('other-version');
    expect(compareSchema('{ "$id": "https://elsewhere" }', schema)).toBe('not-ours');
    expect(compareSchema('not json', schema)).toBe('not-ours');
  });
});
